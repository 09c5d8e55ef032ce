package org.seedbed.incubation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.IncubationApplication;
import org.seedbed.incubation.boundary.IncubationView;
import org.seedbed.incubation.boundary.Incubations;
import org.seedbed.incubation.boundary.IncubatorView;
import org.seedbed.incubation.boundary.Incubators;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.problem.SeedbedProblem;

/** NGO page ngo/incubations.xhtml: my organizations' incubations, and applying to an incubator. */
@Named
@ViewScoped
public class MyIncubationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MOTIVATION_MAX = 2000;

    @Inject
    Incubations incubations;

    @Inject
    Incubators incubators;

    @Inject
    Organizations organizations;

    @Inject
    Language language;

    private List<IncubationView> mine;
    private List<OrganizationView> myOrganizations;
    private List<IncubatorView> open;
    private Long organizationId;
    private Long incubatorId;
    private String motivation;
    private String needs;

    /** View action: with a single verified organization there is nothing to choose. */
    public void init() {
        List<OrganizationView> verified = getVerified();
        if (organizationId == null && verified.size() == 1) {
            organizationId = verified.get(0).id();
        }
        if (incubatorId != null && getIncubators().stream().noneMatch(i -> i.id() == incubatorId)) {
            incubatorId = null;
        }
    }

    public List<IncubationView> getMine() {
        if (mine == null) {
            mine = incubations.mine();
        }
        return mine;
    }

    public List<OrganizationView> getOrganizations() {
        if (myOrganizations == null) {
            myOrganizations = organizations.mine();
        }
        return myOrganizations;
    }

    public List<OrganizationView> getVerified() {
        return getOrganizations().stream().filter(MyIncubationsBean::verified).toList();
    }

    public List<OrganizationView> getUnverified() {
        return getOrganizations().stream().filter(o -> !verified(o)).toList();
    }

    public static boolean verified(OrganizationView organization) {
        return organization.status() == OrganizationStatus.VERIFIED;
    }

    public List<IncubatorView> getIncubators() {
        if (open == null) {
            open = incubators.all().stream().filter(IncubatorView::active).toList();
        }
        return open;
    }

    /** The incubator chosen in the form, to describe it beside the form. */
    public IncubatorView getChosen() {
        return incubatorId == null
                ? null
                : getIncubators().stream()
                        .filter(i -> i.id() == incubatorId)
                        .findFirst()
                        .orElse(null);
    }

    public void apply() {
        try {
            IncubationView applied =
                    incubations.apply(new IncubationApplication(organizationId, incubatorId, motivation, needs));
            Texts.info("incubation.apply.done", applied.incubatorName(language.getLocale()));
            motivation = null;
            needs = null;
            mine = null;
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    public void withdraw(long id) {
        try {
            incubations.withdraw(id);
            Texts.info("incubation.withdraw.done");
            mine = null;
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
            // It may have been decided meanwhile: show the list as it is now.
            mine = null;
        }
    }

    public int getMotivationMax() {
        return MOTIVATION_MAX;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getIncubatorId() {
        return incubatorId;
    }

    public void setIncubatorId(Long incubatorId) {
        this.incubatorId = incubatorId;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }
}
