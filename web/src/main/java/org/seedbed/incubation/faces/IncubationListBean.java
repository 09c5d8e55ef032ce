package org.seedbed.incubation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.seedbed.incubation.boundary.IncubationView;
import org.seedbed.incubation.boundary.Incubations;
import org.seedbed.incubation.boundary.IncubatorView;
import org.seedbed.incubation.boundary.Incubators;
import org.seedbed.incubation.entity.IncubationStatus;

/**
 * Officers' page staff/incubations.xhtml: applications and incubatees, filtered by incubator and
 * status, with counts per status. The counts follow the incubator filter but not the status one,
 * so that they also say what the other statuses hold.
 */
@Named
@ViewScoped
public class IncubationListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A status and how many incubations are in it. */
    public record StatusCount(IncubationStatus status, long count) implements Serializable {}

    @Inject
    Incubations incubations;

    @Inject
    Incubators incubators;

    @Inject
    IncubationCalendar calendar;

    private Long incubatorId;
    private IncubationStatus status;
    private List<IncubationView> ofIncubator;
    // Kept between requests: the table's own sorting and filtering expect the same list.
    private List<IncubationView> rows;
    private List<IncubatorView> incubatorChoices;

    public List<IncubatorView> getIncubators() {
        if (incubatorChoices == null) {
            incubatorChoices = incubators.all();
        }
        return incubatorChoices;
    }

    public List<IncubationStatus> getStatuses() {
        return List.of(IncubationStatus.values());
    }

    /** The incubator's (or all) incubations, in one query; the status filter applies in memory. */
    private List<IncubationView> ofIncubator() {
        if (ofIncubator == null) {
            ofIncubator = incubations.list(incubatorId, null);
        }
        return ofIncubator;
    }

    public List<IncubationView> getRows() {
        if (rows == null) {
            rows = status == null
                    ? ofIncubator()
                    : ofIncubator().stream().filter(i -> i.status() == status).toList();
        }
        return rows;
    }

    public List<StatusCount> getCounts() {
        Map<IncubationStatus, Long> counts = new EnumMap<>(IncubationStatus.class);
        for (IncubationStatus s : IncubationStatus.values()) {
            counts.put(s, 0L);
        }
        ofIncubator().forEach(i -> counts.merge(i.status(), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** A click on a status count filters by it; a second click clears the filter. */
    public void toggleStatus(IncubationStatus clicked) {
        setStatus(clicked == status ? null : clicked);
    }

    public String rowClass(IncubationView incubation) {
        if (calendar.overdue(incubation)) {
            return "sb-row-ended";
        }
        return calendar.endingSoon(incubation) ? "sb-row-ending" : "";
    }

    public Long getIncubatorId() {
        return incubatorId;
    }

    public void setIncubatorId(Long incubatorId) {
        if (!Objects.equals(incubatorId, this.incubatorId)) {
            ofIncubator = null;
            rows = null;
        }
        this.incubatorId = incubatorId;
    }

    public IncubationStatus getStatus() {
        return status;
    }

    public void setStatus(IncubationStatus status) {
        if (status != this.status) {
            rows = null;
        }
        this.status = status;
    }
}
