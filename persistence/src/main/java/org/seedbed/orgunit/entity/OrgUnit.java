package org.seedbed.orgunit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A node of the city's administrative tree. The root is the city itself; districts, streets and
 * communities follow, each one level below its parent. Siblings have distinct Chinese names.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.ALL, query = "select u from OrgUnit u")
@NamedQuery(name = OrgUnit.ROOT, query = "select u from OrgUnit u where u.parent is null")
@NamedQuery(
        name = OrgUnit.CHILD_NAMED,
        query = "select u from OrgUnit u where u.parent = :parent and u.nameZh = :nameZh")
@NamedQuery(name = OrgUnit.COUNT_CHILDREN, query = "select count(u) from OrgUnit u where u.parent = :parent")
public class OrgUnit {

    public static final String ALL = "OrgUnit.all";
    public static final String ROOT = "OrgUnit.root";
    public static final String CHILD_NAMED = "OrgUnit.childNamed";
    public static final String COUNT_CHILDREN = "OrgUnit.countChildren";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrgUnitLevel level;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OrgUnit() {}

    private OrgUnit(OrgUnit parent, OrgUnitLevel level, String nameZh, String nameEn, Instant now) {
        this.parent = parent;
        this.level = level;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.createdAt = now;
    }

    /** The root of a new city's tree. */
    public static OrgUnit cityRoot(String nameZh, String nameEn, Instant now) {
        return new OrgUnit(null, OrgUnitLevel.CITY, nameZh, nameEn, now);
    }

    /** A child one level below this unit; communities have no children. */
    public OrgUnit addChild(String childNameZh, String childNameEn, Instant now) {
        OrgUnitLevel childLevel =
                level.childLevel().orElseThrow(() -> new IllegalStateException("a community has no sub-units"));
        return new OrgUnit(this, childLevel, childNameZh, childNameEn, now);
    }

    public void rename(String newNameZh, String newNameEn, String newCode) {
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
        this.code = newCode;
    }

    public void placeAt(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    public boolean canHaveChildren() {
        return level.childLevel().isPresent();
    }

    public String name(Locale language) {
        return "zh".equals(language.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
    }

    public Long id() {
        return id;
    }

    public OrgUnit parent() {
        return parent;
    }

    public Long parentId() {
        return parent == null ? null : parent.id();
    }

    public OrgUnitLevel level() {
        return level;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String code() {
        return code;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public long version() {
        return version;
    }
}
