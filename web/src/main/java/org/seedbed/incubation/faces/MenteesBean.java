package org.seedbed.incubation.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.incubation.boundary.IncubationView;
import org.seedbed.incubation.boundary.Incubations;

/** Mentors' page mentor/incubatees.xhtml: the organizations they accompany, soonest ending first. */
@Named
@RequestScoped
public class MenteesBean {

    @Inject
    Incubations incubations;

    private List<IncubationView> mentees;

    public List<IncubationView> getMentees() {
        if (mentees == null) {
            mentees = incubations.mentees();
        }
        return mentees;
    }

    public long getNeverAssessed() {
        return getMentees().stream().filter(i -> i.assessments() == 0).count();
    }
}
