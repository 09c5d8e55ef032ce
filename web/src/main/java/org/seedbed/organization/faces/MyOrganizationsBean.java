package org.seedbed.organization.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.problem.SeedbedProblem;

/** An NGO member's own organizations with where each profile stands (ngo/organizations.xhtml). */
@Named
@RequestScoped
public class MyOrganizationsBean {

    @Inject
    Organizations organizations;

    private List<OrganizationView> mine;

    public List<OrganizationView> getMine() {
        if (mine == null) {
            try {
                mine = organizations.mine();
            } catch (SeedbedProblem problem) {
                Texts.problem(problem);
                mine = List.of();
            }
        }
        return mine;
    }
}
