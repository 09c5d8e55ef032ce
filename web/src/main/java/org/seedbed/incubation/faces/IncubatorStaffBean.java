package org.seedbed.incubation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.IncubatorView;
import org.seedbed.incubation.boundary.Incubators;
import org.seedbed.incubation.boundary.StaffMember;
import org.seedbed.incubation.entity.StaffRole;
import org.seedbed.problem.SeedbedProblem;

/** The staff editor of staff/incubators.xhtml: who manages an incubator and who mentors in it. */
@Named
@ViewScoped
public class IncubatorStaffBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A candidate, whether they are on the staff, and as what. */
    public static class StaffRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long userId;
        private final String username;
        private final String displayName;
        private boolean chosen;
        private StaffRole role;

        StaffRow(StaffMember member, boolean chosen) {
            this.userId = member.userId();
            this.username = member.username();
            this.displayName = member.displayName();
            this.role = member.role() == null ? StaffRole.MENTOR : member.role();
            this.chosen = chosen;
        }

        StaffMember toMember() {
            return new StaffMember(userId, username, displayName, role);
        }

        public long getUserId() {
            return userId;
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }

        public StaffRole getRole() {
            return role;
        }

        public void setRole(StaffRole role) {
            this.role = role;
        }
    }

    @Inject
    Incubators incubators;

    @Inject
    IncubatorAdminBean admin;

    @Inject
    Language language;

    private IncubatorView incubator;
    private List<StaffRow> rows = List.of();

    /** Current staff first, then the city's other mentors and officers. */
    public void open(IncubatorView chosen) {
        try {
            Map<Long, StaffRow> byUser = new LinkedHashMap<>();
            chosen.staff().forEach(m -> byUser.put(m.userId(), new StaffRow(m, true)));
            incubators.mentorCandidates().forEach(m -> byUser.putIfAbsent(m.userId(), new StaffRow(m, false)));
            rows = new ArrayList<>(byUser.values());
            incubator = chosen;
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    public void close() {
        incubator = null;
        rows = List.of();
    }

    public void save() {
        try {
            IncubatorView saved = incubators.staff(
                    incubator.id(),
                    rows.stream()
                            .filter(StaffRow::isChosen)
                            .map(StaffRow::toMember)
                            .toList());
            Texts.info("incubator.staff.done", saved.name(language.getLocale()));
            admin.refresh();
            close();
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    public List<StaffRole> getRoles() {
        return List.of(StaffRole.values());
    }

    public IncubatorView getIncubator() {
        return incubator;
    }

    public List<StaffRow> getRows() {
        return rows;
    }
}
