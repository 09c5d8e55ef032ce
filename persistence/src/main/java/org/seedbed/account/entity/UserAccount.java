package org.seedbed.account.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person's account in one city (or, for platform admins, in the platform). The username is
 * unique inside the city only: two cities may each have a "wang.fang".
 *
 * <p>Life cycle: registered (pending verification) → active after the e-mail link is followed →
 * possibly disabled by a city admin. Repeated failed logins lock the account for a while.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "select u from UserAccount u where lower(u.email) = lower(:email)")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String BY_EMAIL = "UserAccount.byEmail";

    /** Failed logins in a row before the account is locked. */
    public static final int LOCK_THRESHOLD = 5;

    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(String username, String email, String displayName, Locale locale, Instant now) {
        this.username = username.toLowerCase(Locale.ROOT);
        this.email = email;
        this.displayName = displayName;
        this.locale = locale.toLanguageTag();
        this.status = AccountStatus.PENDING_VERIFICATION;
        this.createdAt = now;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void verifyEmail(Instant now) {
        this.emailVerifiedAt = now;
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
        }
    }

    /** Accounts created by an admin or a provisioning step are trusted without a link. */
    public void activate(Instant now) {
        verifyEmail(now);
        if (status != AccountStatus.DISABLED) {
            status = AccountStatus.ACTIVE;
        }
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        status = emailVerifiedAt == null ? AccountStatus.PENDING_VERIFICATION : AccountStatus.ACTIVE;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= LOCK_THRESHOLD) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    /** Lifts a lock, e.g. after the owner proved control of the e-mail address. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void changeLocale(Locale newLocale) {
        this.locale = newLocale.toLanguageTag();
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public AccountStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
