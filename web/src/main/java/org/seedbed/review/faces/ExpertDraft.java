package org.seedbed.review.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.seedbed.review.boundary.ExpertForm;
import org.seedbed.review.boundary.ExpertView;

/**
 * The expert dialog of staff/experts.xhtml: a new expert (no id) named by the username of their
 * account, or one of the pool. Expertise is chosen as service areas plus any other codes typed as
 * chips; both are sent as one set of codes.
 */
public class ExpertDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The pool's default for new experts. */
    static final int DEFAULT_MAX_LOAD = 20;

    private Long id;
    private String username;
    private String name;
    private String employer;
    private Long orgUnitId;
    private List<String> areas = new ArrayList<>();
    private List<String> otherCodes = new ArrayList<>();
    private String phone;
    private Integer maxLoad = DEFAULT_MAX_LOAD;
    private boolean available = true;
    private Long version;

    static ExpertDraft blank() {
        return new ExpertDraft();
    }

    static ExpertDraft of(ExpertView e) {
        ExpertDraft d = new ExpertDraft();
        d.id = e.id();
        d.username = e.username();
        d.name = e.name();
        d.employer = e.employer();
        d.orgUnitId = e.orgUnitId();
        for (String code : e.expertise()) {
            (ExpertiseLabels.isArea(code) ? d.areas : d.otherCodes).add(code);
        }
        d.phone = e.phone();
        d.maxLoad = e.maxLoad();
        d.available = e.available();
        d.version = e.version();
        return d;
    }

    ExpertForm toForm() {
        Set<String> expertise = new LinkedHashSet<>();
        if (areas != null) {
            expertise.addAll(areas);
        }
        if (otherCodes != null) {
            // People type "rural dev" or "rural-dev"; codes are RURAL_DEV.
            otherCodes.stream()
                    .filter(c -> c != null && !c.isBlank())
                    .map(c -> c.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"))
                    .forEach(expertise::add);
        }
        return new ExpertForm(
                username, employer, orgUnitId, List.copyOf(expertise), phone, maxLoad, available, version);
    }

    /** Adding someone to the pool rather than changing an expert of it. */
    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** The account's display name, known once the expert is in the pool. */
    public String getName() {
        return name;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : areas;
    }

    public List<String> getOtherCodes() {
        return otherCodes;
    }

    public void setOtherCodes(List<String> otherCodes) {
        this.otherCodes = otherCodes == null ? new ArrayList<>() : otherCodes;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Integer getMaxLoad() {
        return maxLoad;
    }

    public void setMaxLoad(Integer maxLoad) {
        this.maxLoad = maxLoad;
    }

    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }
}
