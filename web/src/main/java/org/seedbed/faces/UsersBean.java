package org.seedbed.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.seedbed.account.boundary.NewUser;
import org.seedbed.account.boundary.UserView;
import org.seedbed.account.boundary.Users;
import org.seedbed.account.entity.Role;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.tenancy.control.TenantContext;

/** City admin page: accounts, roles, new accounts, disabling. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Language language;

    private List<UserView> all;
    private UserView editing;
    private List<Role> editingRoles;
    private String username;
    private String email;
    private String displayName;
    private List<Role> newRoles;

    public List<UserView> getAll() {
        if (all == null) {
            all = users.list();
        }
        return all;
    }

    public List<Role> getGrantableRoles() {
        boolean inCity = TenantContext.currentCity().isPresent();
        return Arrays.stream(Role.values())
                .filter(r -> r.isCityRole() == inCity)
                .toList();
    }

    public void edit(UserView user) {
        editing = user;
        editingRoles = List.copyOf(user.roles());
    }

    public void saveRoles() {
        try {
            users.changeRoles(editing.id(), toSet(editingRoles));
            Texts.info("users.saved", editing.username());
            editing = null;
            all = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void toggle(UserView user) {
        try {
            if (user.status() == org.seedbed.account.entity.AccountStatus.DISABLED) {
                users.enable(user.id());
            } else {
                users.disable(user.id());
            }
            Texts.info("users.saved", user.username());
            all = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    public void create() {
        try {
            UserView created = users.create(
                    new NewUser(username, email, displayName, toSet(newRoles), null), language.getLocale());
            Texts.info("users.created", created.username(), created.email());
            username = email = displayName = null;
            newRoles = null;
            all = null;
        } catch (SeedbedProblem problem) {
            Texts.problem(problem);
        }
    }

    private static Set<Role> toSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public UserView getEditing() {
        return editing;
    }

    public List<Role> getEditingRoles() {
        return editingRoles;
    }

    public void setEditingRoles(List<Role> editingRoles) {
        this.editingRoles = editingRoles;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<Role> newRoles) {
        this.newRoles = newRoles;
    }
}
