package org.seedbed.organization.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.faces.Texts;
import org.seedbed.organization.boundary.MemberView;
import org.seedbed.organization.boundary.NewMember;
import org.seedbed.organization.boundary.Organizations;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.problem.SeedbedProblem;

/**
 * An organization's members on the profile editor (owners add and remove them) and on the staff
 * review page (read only).
 */
@Named
@ViewScoped
public class OrgMembersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "memberForm";

    @Inject
    Organizations organizations;

    @Inject
    OrgHistoryBean history;

    private final Map<Long, List<MemberView>> lists = new HashMap<>();
    private String user;
    private MemberRole role = MemberRole.EDITOR;

    public List<MemberView> list(Long organizationId) {
        if (organizationId == null) {
            return List.of();
        }
        return lists.computeIfAbsent(organizationId, this::load);
    }

    /** Adds a registered NGO member by username or e-mail address, or changes their role. */
    public void add(Long organizationId) {
        if (organizationId == null) {
            return;
        }
        try {
            MemberView added = organizations.addMember(organizationId, new NewMember(user, role));
            Texts.info("org.members.added", added.displayName(), added.username());
            user = null;
            role = MemberRole.EDITOR;
            lists.remove(organizationId);
            history.refresh();
        } catch (SeedbedProblem problem) {
            FieldMessages.show(problem, FORM);
        }
    }

    public void remove(Long organizationId, MemberView member) {
        if (organizationId == null) {
            return;
        }
        try {
            organizations.removeMember(organizationId, member.userId());
            Texts.info("org.members.removed", member.displayName());
            history.refresh();
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
        lists.remove(organizationId);
    }

    private List<MemberView> load(long organizationId) {
        try {
            return organizations.members(organizationId);
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
            return List.of();
        }
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }
}
