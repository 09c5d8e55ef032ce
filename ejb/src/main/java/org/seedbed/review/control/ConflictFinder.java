package org.seedbed.review.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.seedbed.organization.entity.Organization;
import org.seedbed.review.entity.ConflictKind;
import org.seedbed.review.entity.Expert;
import org.seedbed.review.entity.ReviewConflict;
import org.seedbed.review.entity.ReviewPanel;
import org.seedbed.submission.entity.Submission;

/**
 * Derives conflicts of interest from what Seedbed holds, for every expert of a panel and every
 * application under review: the expert is a member of the applicant organization, mentors it in
 * an incubator, works for it (employer equal to its name), or is its listed contact. Derived
 * conflicts are recorded once; a waived one stays waived.
 */
@Stateless
public class ConflictFinder {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    /** Records the conflicts not yet recorded; returns how many were new. */
    public int derive(ReviewPanel panel, List<Expert> experts, List<Submission> submissions, Instant now) {
        Set<String> known = new HashSet<>();
        for (ReviewConflict c : em.createQuery(
                        "select c from ReviewConflict c where c.panel = :p", ReviewConflict.class)
                .setParameter("p", panel)
                .getResultList()) {
            known.add(key(c.expert().id(), c.submission().id(), c.kind()));
        }
        Set<String> memberships = pairs("select m.user.id, m.organization.id from Membership m");
        Set<String> mentoring =
                pairs("select i.mentor.id, i.organization.id from Incubation i where i.mentor is not null");
        int added = 0;
        for (Submission submission : submissions) {
            Organization organization = submission.organization();
            for (Expert expert : experts) {
                long userId = expert.user().id();
                String pair = userId + "/" + organization.id();
                added += record(panel, expert, submission, ConflictKind.MEMBER, memberships.contains(pair), known, now);
                added += record(panel, expert, submission, ConflictKind.MENTOR, mentoring.contains(pair), known, now);
                added += record(
                        panel,
                        expert,
                        submission,
                        ConflictKind.SAME_EMPLOYER,
                        worksFor(expert, organization),
                        known,
                        now);
                added += record(
                        panel, expert, submission, ConflictKind.CONTACT, isContact(expert, organization), known, now);
            }
        }
        return added;
    }

    private int record(
            ReviewPanel panel,
            Expert expert,
            Submission submission,
            ConflictKind kind,
            boolean holds,
            Set<String> known,
            Instant now) {
        if (!holds || !known.add(key(expert.id(), submission.id(), kind))) {
            return 0;
        }
        em.persist(new ReviewConflict(
                panel, expert, submission, kind, ReviewConflict.Source.DERIVED, null, "system", now));
        return 1;
    }

    private Set<String> pairs(String query) {
        Set<String> pairs = new HashSet<>();
        for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
            pairs.add(row[0] + "/" + row[1]);
        }
        return pairs;
    }

    private static boolean worksFor(Expert expert, Organization organization) {
        String employer = normalized(expert.employer());
        return !employer.isEmpty()
                && (employer.equals(normalized(organization.nameZh()))
                        || employer.equals(normalized(organization.nameEn())));
    }

    private static boolean isContact(Expert expert, Organization organization) {
        String email = normalized(expert.user().email());
        String phone = digits(expert.phone());
        return (!email.isEmpty() && email.equals(normalized(organization.contactEmail())))
                || (!phone.isEmpty() && phone.equals(digits(organization.contactPhone())));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }

    private static String key(long expertId, long submissionId, ConflictKind kind) {
        return expertId + "/" + submissionId + "/" + kind;
    }
}
