package org.seedbed.incubation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.orgunit.entity.OrgUnitLevel;

/**
 * An incubator base of the "1+N" platform: the district park and the street and community bases,
 * each attached to the org unit it belongs to. Its capacity is its number of workstations; its
 * staff are managers and mentors (user ids with their role).
 */
@Entity
@Table(name = "incubator")
public class Incubator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    private String address;

    @Column(name = "area_sqm")
    private Integer areaSqm;

    private int workstations;

    private String description;

    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_service", joinColumns = @JoinColumn(name = "incubator_id"))
    @Column(name = "service", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<IncubationService> services = EnumSet.noneOf(IncubationService.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_staff", joinColumns = @JoinColumn(name = "incubator_id"))
    @MapKeyColumn(name = "user_id")
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<Long, StaffRole> staff = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Incubator() {}

    public Incubator(String nameZh, String nameEn, OrgUnit orgUnit, Instant now) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.orgUnit = orgUnit;
        this.createdAt = now;
    }

    /** Incubators sit below the city: in a district, a street or a community. */
    public static boolean canBeAttachedTo(OrgUnit unit) {
        return unit.level() != OrgUnitLevel.CITY;
    }

    public void describe(
            String newNameZh,
            String newNameEn,
            OrgUnit newOrgUnit,
            String newAddress,
            Integer newAreaSqm,
            int newWorkstations,
            Set<IncubationService> newServices,
            String newDescription) {
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
        this.orgUnit = newOrgUnit;
        this.address = newAddress;
        this.areaSqm = newAreaSqm;
        this.workstations = newWorkstations;
        this.services = newServices.isEmpty() ? EnumSet.noneOf(IncubationService.class) : EnumSet.copyOf(newServices);
        this.description = newDescription;
    }

    public void staffWith(Map<Long, StaffRole> newStaff) {
        staff.clear();
        staff.putAll(newStaff);
    }

    public boolean hasMentor(long userId) {
        return staff.get(userId) == StaffRole.MENTOR;
    }

    public boolean isStaffedBy(long userId) {
        return staff.containsKey(userId);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public Long id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrgUnit orgUnit() {
        return orgUnit;
    }

    public String address() {
        return address;
    }

    public Integer areaSqm() {
        return areaSqm;
    }

    public int workstations() {
        return workstations;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    public Set<IncubationService> services() {
        return Set.copyOf(services);
    }

    public Map<Long, StaffRole> staff() {
        return Map.copyOf(staff);
    }

    public long version() {
        return version;
    }
}
