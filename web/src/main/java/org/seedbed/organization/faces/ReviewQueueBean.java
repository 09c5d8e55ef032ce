package org.seedbed.organization.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.problem.SeedbedProblem;

/** The profiles waiting for verification, longest waiting first (staff/organization-review.xhtml). */
@Named
@RequestScoped
public class ReviewQueueBean {

    @Inject
    Organizations organizations;

    private List<OrganizationView> queue;

    public List<OrganizationView> getQueue() {
        if (queue == null) {
            try {
                queue = organizations.reviewQueue();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                queue = List.of();
            }
        }
        return queue;
    }
}
