package org.seedbed.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.orgunit.entity.OrgUnit;

/**
 * An expert of the city's pool (专家库): a person with a reviewer account, their areas of expertise,
 * employer and affiliation (used to find conflicts), how many applications they take per call,
 * and whether they are available at all.
 */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    private String employer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    /** Areas as codes separated by commas, e.g. {@code ELDERLY,GOVERNANCE}. */
    @Column(nullable = false)
    private String expertise;

    private String phone;

    @Column(name = "max_load", nullable = false)
    private int maxLoad;

    @Column(nullable = false)
    private boolean available;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Version
    private long version;

    protected Expert() {}

    public Expert(UserAccount user, String addedBy, Instant now) {
        this.user = user;
        this.addedBy = addedBy;
        this.addedAt = now;
        this.expertise = "";
        this.maxLoad = 20;
        this.available = true;
    }

    public void describe(
            String employer, OrgUnit orgUnit, Set<String> expertise, String phone, int maxLoad, boolean available) {
        this.employer = employer;
        this.orgUnit = orgUnit;
        this.expertise = String.join(",", expertise);
        this.phone = phone;
        this.maxLoad = maxLoad;
        this.available = available;
    }

    public Set<String> expertise() {
        return expertise.isBlank()
                ? Set.of()
                : Arrays.stream(expertise.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Long id() {
        return id;
    }

    public UserAccount user() {
        return user;
    }

    public String employer() {
        return employer;
    }

    public OrgUnit orgUnit() {
        return orgUnit;
    }

    public String phone() {
        return phone;
    }

    public int maxLoad() {
        return maxLoad;
    }

    public boolean available() {
        return available;
    }

    public long version() {
        return version;
    }
}
