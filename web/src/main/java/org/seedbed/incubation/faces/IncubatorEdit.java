package org.seedbed.incubation.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.seedbed.incubation.boundary.IncubatorForm;
import org.seedbed.incubation.boundary.IncubatorView;
import org.seedbed.incubation.entity.IncubationService;

/** The incubator form of staff/incubators.xhtml, with the version it was loaded at. */
public class IncubatorEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String nameZh;
    private String nameEn;
    private Long orgUnitId;
    private String address;
    private Integer areaSqm;
    private Integer workstations;
    // Service names, not enums: a generic List<enum> would be filled with strings by Faces.
    private List<String> services = new ArrayList<>();
    private String description;
    private boolean active = true;
    private Long version;

    static IncubatorEdit of(IncubatorView view) {
        IncubatorEdit edit = new IncubatorEdit();
        edit.id = view.id();
        edit.nameZh = view.nameZh();
        edit.nameEn = view.nameEn();
        edit.orgUnitId = view.orgUnitId();
        edit.address = view.address();
        edit.areaSqm = view.areaSqm();
        edit.workstations = view.workstations();
        edit.services = new ArrayList<>(view.services().stream().map(Enum::name).toList());
        edit.description = view.description();
        edit.active = view.active();
        edit.version = view.version();
        return edit;
    }

    IncubatorForm toForm() {
        Set<IncubationService> chosen = EnumSet.noneOf(IncubationService.class);
        if (services != null) {
            services.forEach(s -> chosen.add(IncubationService.valueOf(s)));
        }
        return new IncubatorForm(
                nameZh, nameEn, orgUnitId, address, areaSqm, workstations, chosen, description, active, version);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getAreaSqm() {
        return areaSqm;
    }

    public void setAreaSqm(Integer areaSqm) {
        this.areaSqm = areaSqm;
    }

    public Integer getWorkstations() {
        return workstations;
    }

    public void setWorkstations(Integer workstations) {
        this.workstations = workstations;
    }

    public List<String> getServices() {
        return services;
    }

    public void setServices(List<String> services) {
        this.services = services;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }
}
