package org.seedbed.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.DonorBlock;
import org.seedbed.platform.Settings;

/**
 * Signs that a donation is not a person giving, which keep it from being matched (the money is
 * still taken): more than four donations a minute from one e-mail or card, or more than an
 * address's limit (Tencent found
 * machine-made donations draining matching pools on 99 Giving Day 2017), small gifts repeated to
 * the same project, and donors blocked after a dispute. Officers see every flag.
 */
@ApplicationScoped
public class FraudChecks {

    /** More donations than this within {@link #WINDOW} is not a person. */
    static final int VELOCITY_LIMIT = 4;

    static final Duration WINDOW = Duration.ofMinutes(1);

    /**
     * Many people share an address (an office, a campus, a carrier's NAT), so an address gets more
     * than a person: {@code SEEDBED_FRAUD_ADDRESS_PER_MINUTE}, 20 unless set.
     */
    static final int ADDRESS_LIMIT = Settings.value("SEEDBED_FRAUD_ADDRESS_PER_MINUTE")
            .map(Integer::parseInt)
            .orElse(20);

    /** Gifts at or below this many minor units (10 yuan) count as small. */
    static final long SMALL_MINOR = 1_000;

    /** This many small gifts from one donor to one project within a day get flagged. */
    static final int SMALL_REPEATS = 3;

    public static final String VELOCITY = "VELOCITY";
    public static final String SMALL_REPEAT = "SMALL_REPEAT";
    public static final String BLOCKED = "BLOCKED";
    public static final String CARD_VELOCITY = "CARD_VELOCITY";

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    /** Flags found when the donation starts, before anything is reserved for it. */
    public List<String> atStart(Donation donation, Instant now) {
        List<String> flags = new ArrayList<>();
        String email = email(donation);
        if (email != null) {
            // One donor's parallel starts are counted one after another, or each would see none of the others.
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                    .setParameter("key", "donor:" + email)
                    .getSingleResult();
        }
        long byAddress = donation.clientIp() == null
                ? 0
                : count("d.clientIp = :v", donation.clientIp(), now.minus(WINDOW), donation);
        long byEmail = email == null ? 0 : count("lower(d.donorEmail) = :v", email, now.minus(WINDOW), donation);
        if (byAddress >= ADDRESS_LIMIT || byEmail >= VELOCITY_LIMIT) {
            flags.add(VELOCITY);
        }
        if (donation.amountMinor() <= SMALL_MINOR && smallRepeats(donation, email, now) >= SMALL_REPEATS - 1) {
            flags.add(SMALL_REPEAT);
        }
        if (email != null && blocked(DonorBlock.Kind.EMAIL, email)) {
            flags.add(BLOCKED);
        }
        return flags;
    }

    /** Flags found once the provider tells which card paid. */
    public List<String> atPayment(Donation donation, String fingerprint, Instant now) {
        List<String> flags = new ArrayList<>();
        if (fingerprint != null) {
            // Cards are known once paid, so they are counted by when they paid.
            if (paidWithCard(fingerprint, now.minus(WINDOW), donation) >= VELOCITY_LIMIT) {
                flags.add(CARD_VELOCITY);
            }
            if (blocked(DonorBlock.Kind.FINGERPRINT, fingerprint)) {
                flags.add(BLOCKED);
            }
        }
        return flags;
    }

    /** Keeps the donor of a disputed donation from matched giving, by e-mail and card. */
    public void block(Donation donation, String reason, Instant now) {
        String email = email(donation);
        if (email != null) {
            blockValue(DonorBlock.Kind.EMAIL, email, reason, donation.id(), now);
        }
        if (donation.cardFingerprint() != null) {
            blockValue(DonorBlock.Kind.FINGERPRINT, donation.cardFingerprint(), reason, donation.id(), now);
        }
    }

    private void blockValue(DonorBlock.Kind kind, String value, String reason, Long donationId, Instant now) {
        em.createNativeQuery("insert into donor_block (kind, value, reason, donation_id, created_at)"
                        + " values (:kind, :value, :reason, :donation, :now) on conflict (kind, value) do nothing")
                .setParameter("kind", kind.name())
                .setParameter("value", value)
                .setParameter("reason", reason)
                .setParameter("donation", donationId)
                .setParameter("now", now)
                .executeUpdate();
    }

    private boolean blocked(DonorBlock.Kind kind, String value) {
        return !em.createQuery("select b.id from DonorBlock b where b.kind = :kind and b.value = :value")
                .setParameter("kind", kind)
                .setParameter("value", value)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private long count(String condition, String value, Instant since, Donation except) {
        return em.createQuery(
                        "select count(d) from Donation d where " + condition
                                + " and d.createdAt >= :since and d <> :except",
                        Long.class)
                .setParameter("v", value)
                .setParameter("since", since)
                .setParameter("except", except)
                .getSingleResult();
    }

    private long paidWithCard(String fingerprint, Instant since, Donation except) {
        return em.createQuery(
                        "select count(d) from Donation d where d.cardFingerprint = :v and d.paidAt >= :since"
                                + " and d <> :except",
                        Long.class)
                .setParameter("v", fingerprint)
                .setParameter("since", since)
                .setParameter("except", except)
                .getSingleResult();
    }

    private long smallRepeats(Donation donation, String email, Instant now) {
        String who = email != null ? "lower(d.donorEmail) = :v" : "d.clientIp = :v";
        String value = email != null ? email : donation.clientIp();
        if (value == null) {
            return 0;
        }
        return em.createQuery(
                        "select count(d) from Donation d where " + who + " and d.campaign = :campaign"
                                + " and d.amountMinor <= :small and d.createdAt >= :since and d <> :except",
                        Long.class)
                .setParameter("v", value)
                .setParameter("campaign", donation.campaign())
                .setParameter("small", SMALL_MINOR)
                .setParameter("since", now.minus(Duration.ofDays(1)))
                .setParameter("except", donation)
                .getSingleResult();
    }

    static String email(Donation donation) {
        return donation.donorEmail() == null || donation.donorEmail().isBlank()
                ? null
                : donation.donorEmail().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whom the per-donor caps count: the account, else the e-mail, else the address, hashed so the
     * counters' keys say nothing about the person.
     */
    static String donorKey(Donation donation) {
        String who = donation.donor() != null
                ? "user:" + donation.donor().id()
                : email(donation) != null
                        ? "email:" + email(donation)
                        : donation.clientIp() == null ? null : "ip:" + donation.clientIp();
        if (who == null) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(who.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
