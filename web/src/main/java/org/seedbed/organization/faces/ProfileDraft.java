package org.seedbed.organization.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.seedbed.organization.boundary.OrganizationForm;
import org.seedbed.organization.boundary.OrganizationView;
import org.seedbed.organization.entity.OrganizationKind;
import org.seedbed.organization.entity.RegistrationStatus;
import org.seedbed.organization.entity.ServiceArea;

/**
 * The profile editor's inputs: a mutable copy of the profile that becomes an
 * {@link OrganizationForm} when saved. Service areas are an array so that Faces converts the
 * checked values to the enum by itself.
 */
public class ProfileDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nameZh;
    private String nameEn;
    private OrganizationKind kind;
    private RegistrationStatus registration;
    private String authority;
    private String creditCode;
    private LocalDate foundedOn;
    private Long orgUnitId;
    private ServiceArea[] serviceAreas = new ServiceArea[0];
    private Integer staff;
    private Integer socialWorkers;
    private Integer volunteers;
    private BigDecimal annualIncome;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private String address;
    private String description;

    static ProfileDraft of(OrganizationView view) {
        ProfileDraft draft = new ProfileDraft();
        draft.nameZh = view.nameZh();
        draft.nameEn = view.nameEn();
        draft.kind = view.kind();
        draft.registration = view.registration();
        draft.authority = view.authority();
        draft.creditCode = view.creditCode();
        draft.foundedOn = view.foundedOn();
        draft.orgUnitId = view.orgUnitId();
        draft.serviceAreas = view.serviceAreas() == null
                ? new ServiceArea[0]
                : view.serviceAreas().toArray(ServiceArea[]::new);
        draft.staff = view.staff();
        draft.socialWorkers = view.socialWorkers();
        draft.volunteers = view.volunteers();
        draft.annualIncome = view.annualIncome();
        draft.contactName = view.contactName();
        draft.contactPhone = view.contactPhone();
        draft.contactEmail = view.contactEmail();
        draft.address = view.address();
        draft.description = view.description();
        return draft;
    }

    /** The form to save; {@code version} is the one the editor started from (null for a new profile). */
    OrganizationForm toForm(Long version) {
        Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
        if (serviceAreas != null) {
            areas.addAll(Arrays.asList(serviceAreas));
        }
        return new OrganizationForm(
                nameZh,
                nameEn,
                kind,
                registration,
                authority,
                creditCode == null ? null : creditCode.trim().toUpperCase(Locale.ROOT),
                foundedOn,
                orgUnitId,
                areas,
                staff,
                socialWorkers,
                volunteers,
                annualIncome,
                contactName,
                contactPhone,
                contactEmail,
                address,
                description,
                version);
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

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public RegistrationStatus getRegistration() {
        return registration;
    }

    public void setRegistration(RegistrationStatus registration) {
        this.registration = registration;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public ServiceArea[] getServiceAreas() {
        return serviceAreas;
    }

    public void setServiceAreas(ServiceArea[] serviceAreas) {
        this.serviceAreas = serviceAreas;
    }

    public Integer getStaff() {
        return staff;
    }

    public void setStaff(Integer staff) {
        this.staff = staff;
    }

    public Integer getSocialWorkers() {
        return socialWorkers;
    }

    public void setSocialWorkers(Integer socialWorkers) {
        this.socialWorkers = socialWorkers;
    }

    public Integer getVolunteers() {
        return volunteers;
    }

    public void setVolunteers(Integer volunteers) {
        this.volunteers = volunteers;
    }

    public BigDecimal getAnnualIncome() {
        return annualIncome;
    }

    public void setAnnualIncome(BigDecimal annualIncome) {
        this.annualIncome = annualIncome;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
