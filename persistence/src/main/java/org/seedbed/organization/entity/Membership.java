package org.seedbed.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.seedbed.account.entity.UserAccount;

/** A user's place in an organization: a person may belong to several, an organization has several members. */
@Entity
@Table(name = "organization_member")
@NamedQuery(
        name = Membership.OF_USER,
        query = "select m from Membership m join fetch m.organization where m.user.id = :userId")
@NamedQuery(
        name = Membership.OF_ORGANIZATION,
        query = "select m from Membership m join fetch m.user where m.organization.id = :organizationId")
public class Membership {

    public static final String OF_USER = "Membership.ofUser";
    public static final String OF_ORGANIZATION = "Membership.ofOrganization";

    /** The key: organization and user. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "organization_id")
        private Long organizationId;

        @Column(name = "user_id")
        private Long userId;

        protected Key() {}

        public Key(Long organizationId, Long userId) {
            this.organizationId = organizationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(organizationId, key.organizationId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, userId);
        }
    }

    @EmbeddedId
    private Key key = new Key();

    @MapsId("organizationId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @MapsId("userId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Membership() {}

    public Membership(Organization organization, UserAccount user, MemberRole role, Instant now) {
        this.organization = organization;
        this.user = user;
        this.role = role;
        this.addedAt = now;
    }

    public void changeRole(MemberRole newRole) {
        this.role = newRole;
    }

    public Organization organization() {
        return organization;
    }

    public UserAccount user() {
        return user;
    }

    public MemberRole role() {
        return role;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
