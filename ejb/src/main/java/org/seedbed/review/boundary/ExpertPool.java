package org.seedbed.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seedbed.account.control.Callers;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.entity.Expert;

/**
 * The city's expert pool (专家库): officers add people with an account as experts (they get the
 * reviewer role), describe their expertise, employer and affiliation, and how many applications
 * they take per call.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
public class ExpertPool {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ExpertView add(ExpertForm form) {
        if (form == null || form.username() == null || form.username().isBlank()) {
            throw InvalidInputException.of("username", "expert.user.required");
        }
        UserAccount user = em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", form.username().strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("username", "expert.user.unknown", form.username()));
        boolean already = !em.createQuery("select e from Expert e where e.user = :user", Expert.class)
                .setParameter("user", user)
                .getResultList()
                .isEmpty();
        if (already) {
            throw new ConflictException("expert.already", user.displayName());
        }
        Expert expert = new Expert(user, callers.name(), Instant.now(clock));
        describe(expert, form);
        user.grant(Role.REVIEWER);
        em.persist(expert);
        em.flush();
        ExpertView view = view(expert);
        audit.record("expert.added", "expert", expert.id(), null, view);
        return view;
    }

    public ExpertView update(long id, ExpertForm form) {
        Expert expert = find(id);
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        if (form.version() != null && form.version() != expert.version()) {
            throw new ConflictException("expert.changedMeanwhile");
        }
        ExpertView before = view(expert);
        describe(expert, form);
        em.flush();
        ExpertView after = view(expert);
        audit.record("expert.updated", "expert", id, before, after);
        return after;
    }

    public List<ExpertView> all() {
        return em.createQuery("select e from Expert e join fetch e.user order by e.id", Expert.class)
                .getResultStream()
                .map(ExpertPool::view)
                .toList();
    }

    public ExpertView get(long id) {
        return view(find(id));
    }

    Expert find(long id) {
        return Optional.ofNullable(em.find(Expert.class, id)).orElseThrow(() -> new NotFoundException("expert", id));
    }

    private void describe(Expert expert, ExpertForm form) {
        int maxLoad = form.maxLoad() == null ? expert.maxLoad() : form.maxLoad();
        if (maxLoad < 1 || maxLoad > 500) {
            throw InvalidInputException.of("maxLoad", "expert.maxLoad.range");
        }
        OrgUnit unit = form.orgUnitId() == null ? null : em.find(OrgUnit.class, form.orgUnitId());
        if (form.orgUnitId() != null && unit == null) {
            throw InvalidInputException.of("orgUnitId", "organization.orgUnit.unknown", form.orgUnitId());
        }
        Set<String> expertise = new LinkedHashSet<>();
        for (String area : form.expertise() == null ? List.<String>of() : form.expertise()) {
            if (area != null && !area.isBlank()) {
                if (!area.strip().matches("[A-Z][A-Z0-9_]{0,39}")) {
                    throw InvalidInputException.of("expertise", "expert.expertise.code", area);
                }
                expertise.add(area.strip());
            }
        }
        expert.describe(
                trim(form.employer()),
                unit,
                expertise,
                trim(form.phone()),
                maxLoad,
                form.available() == null || form.available());
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static ExpertView view(Expert e) {
        return new ExpertView(
                e.id(),
                e.user().id(),
                e.user().username(),
                e.user().displayName(),
                e.user().email(),
                e.employer(),
                e.orgUnit() == null ? null : e.orgUnit().id(),
                e.expertise(),
                e.phone(),
                e.maxLoad(),
                e.available(),
                e.version());
    }
}
