package org.seedbed.campaign.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.campaign.control.CampaignViews;
import org.seedbed.campaign.control.DonationIntake;
import org.seedbed.campaign.control.DonationSettlement;
import org.seedbed.campaign.control.Gateways;
import org.seedbed.campaign.control.MatchReservations;
import org.seedbed.campaign.control.PaymentConfig;
import org.seedbed.campaign.control.PaymentGateway;
import org.seedbed.campaign.control.PaymentProviderException;
import org.seedbed.campaign.control.ReceiptDocument;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.PaymentSettings;
import org.seedbed.campaign.entity.Refund;
import org.seedbed.money.Money;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.platform.Settings;
import org.seedbed.print.control.PdfDocuments;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Giving to a campaign: the donor picks an amount, sees the match it would get, and is sent to the
 * payment page (Stripe Checkout, or the sandbox); the match is reserved before that and settled
 * by the payment's events. Donors read their donations and receipts by the receipt token or their
 * account; officers list, refund (with a reason) and see fraud flags.
 */
@Stateless
@PermitAll
public class Donations {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    DonationIntake intake;

    @Inject
    Gateways gateways;

    @Inject
    PaymentConfig config;

    @Inject
    MatchReservations matches;

    @Inject
    DonationSettlement settlement;

    @Inject
    CampaignViews views;

    @Inject
    CityCalendar calendar;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PdfDocuments pdf;

    @Inject
    PaymentSettingsAdmin settingsAdmin;

    /** What {@code amount} would be matched now, if the pools keep what they have. */
    public BigDecimal matchPreview(long campaignId, BigDecimal amount) {
        Campaign campaign = open(campaignId);
        long minor = minor(amount, campaign.currency(), config.settings());
        return Money.ofMinor(matches.preview(campaign, minor, Instant.now(clock), calendar.zone()), campaign.currency())
                .major();
    }

    /**
     * Records the donation, reserves its match and opens the payment page. The transactions are
     * the intake's own, so no pool row stays locked while the provider is called.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DonationStart start(long campaignId, DonationForm form, String clientIp) {
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        PaymentSettings settings = config.settings();
        Campaign campaign = open(campaignId);
        long amount = minor(form.amount(), campaign.currency(), settings);
        boolean anonymous = Boolean.TRUE.equals(form.anonymous());
        String name = trimmed(form.name(), 100, "name");
        String email = trimmed(form.email(), 200, "email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw InvalidInputException.of("email", "donation.email.invalid");
        }
        String message = trimmed(form.message(), 500, "message");
        Donation.Provider provider = gateways.forNewDonation();
        DonationIntake.Opened opened = intake.open(
                campaignId,
                amount,
                new Donation.Donor(
                        name, email, message, anonymous, callers.isSignedIn() ? callers.current() : null, clientIp),
                provider);
        String city = TenantContext.currentOrPlatform();
        String base = Settings.publicUrl() + "/c/" + city;
        PaymentGateway.Checkout checkout;
        try {
            checkout = intake.checkout(
                    opened.donationId(),
                    provider,
                    new PaymentGateway.CheckoutRequest(
                            opened.donationId(),
                            city,
                            amount,
                            campaign.currency(),
                            campaign.titleZh(),
                            email,
                            config.methods(),
                            base + "/thanks.xhtml?token=" + opened.receiptToken(),
                            base + "/campaign.xhtml?id=" + campaignId));
        } catch (PaymentProviderException e) {
            intake.abandon(opened.donationId());
            throw new ConflictException("donation.providerUnavailable");
        }
        return new DonationStart(
                opened.donationId(),
                opened.receiptToken(),
                checkout.url(),
                Money.ofMinor(opened.reservedMinor(), campaign.currency()).major(),
                provider == Donation.Provider.SANDBOX);
    }

    /** The donor's view of a donation, by the token of its thank-you page and receipt. */
    public DonationView byToken(String token) {
        return views.donation(donation(token), false);
    }

    /** The receipt of a paid donation as a PDF, by its token. */
    public byte[] receipt(String token) {
        Donation donation = donation(token);
        if (donation.receiptNo() == null) {
            throw new NotFoundException("receipt", "");
        }
        return pdf.render(ReceiptDocument.xhtml(
                donation, calendar.cityName(java.util.Locale.SIMPLIFIED_CHINESE), calendar.zone()));
    }

    /** What the donation form offers: presets, limits, currency, sandbox or not. */
    public GivingOptions giving() {
        return settingsAdmin.giving();
    }

    /** Donations of the signed-in donor, newest first. */
    public List<DonationView> mine() {
        if (!callers.isSignedIn()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select d from Donation d join fetch d.campaign where d.donor.id = :me order by d.createdAt desc",
                        Donation.class)
                .setParameter("me", callers.current().id())
                .getResultList()
                .stream()
                .map(d -> views.donation(d, false))
                .toList();
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public List<DonationView> ofCampaign(long campaignId, boolean flaggedOnly) {
        return em
                .createQuery(
                        "select d from Donation d join fetch d.campaign where d.campaign.id = :c"
                                + (flaggedOnly ? " and d.fraudFlags is not null" : "")
                                + " order by d.createdAt desc",
                        Donation.class)
                .setParameter("c", campaignId)
                .setMaxResults(2000)
                .getResultList()
                .stream()
                .map(d -> views.donation(d, true))
                .toList();
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public DonationView get(long donationId) {
        return views.donation(find(donationId), true);
    }

    /**
     * Refunds what is left of a paid donation, with the reason on record; the match goes back to
     * the pools when the provider confirms the refund.
     */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public DonationView refund(long donationId, String reason) {
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty()) {
            throw InvalidInputException.of("reason", "donation.refund.reason");
        }
        if (why.length() > 500) {
            throw InvalidInputException.of("reason", "field.tooLong", 500);
        }
        Donation donation = em.find(Donation.class, donationId, LockModeType.PESSIMISTIC_WRITE);
        if (donation == null) {
            throw new NotFoundException("donation", donationId);
        }
        if (donation.status() != Donation.Status.SUCCEEDED) {
            throw new ConflictException("donation.refund.notPaid");
        }
        long left = donation.amountMinor() - donation.refundedMinor();
        Instant now = Instant.now(clock);
        Refund refund = new Refund(donation, left, why, callers.name(), now);
        em.persist(refund);
        em.flush();
        PaymentGateway gateway = gateways.of(donation.provider());
        try {
            // The same key on a retry of this refund, whatever happened to the first attempt's row.
            refund.providerRefund(
                    gateway.refund(donation, left, "refund-" + donation.id() + "-" + donation.refundedMinor()));
        } catch (PaymentProviderException e) {
            throw new ConflictException("donation.providerUnavailable");
        }
        audit.record(
                "donation.refundRequested",
                "donation",
                donationId,
                Map.of("refunded", donation.refundedMinor()),
                Map.of("amount", left, "reason", why, "refund", String.valueOf(refund.providerRefundId())));
        // Stripe confirms by an event; reading the charge now shows the refund at once where it is done.
        try {
            settlement.settle(donation, gateway.read(donation), now, calendar.zone());
        } catch (PaymentProviderException unreadable) {
            // The refund is made and recorded; Stripe's charge.refunded event settles the donation.
        }
        return views.donation(donation, true);
    }

    private Campaign open(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || (campaign.status() != Campaign.Status.ACTIVE && !callers.isStaff())) {
            throw new NotFoundException("campaign", campaignId);
        }
        if (!campaign.open(Instant.now(clock))) {
            throw new ConflictException("donation.campaignClosed");
        }
        return campaign;
    }

    private Donation donation(String token) {
        if (token == null || token.isBlank()) {
            throw new NotFoundException("donation", "");
        }
        return em.createQuery(
                        "select d from Donation d join fetch d.campaign where d.receiptToken = :t", Donation.class)
                .setParameter("t", token)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("donation", ""));
    }

    private Donation find(long donationId) {
        Donation donation = em.find(Donation.class, donationId);
        if (donation == null) {
            throw new NotFoundException("donation", donationId);
        }
        return donation;
    }

    private long minor(BigDecimal amount, String currency, PaymentSettings settings) {
        if (amount == null) {
            throw InvalidInputException.of("amount", "donation.amount.required");
        }
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of("amount", "donation.amount.format");
        }
        long minor = Money.ofMajor(amount, currency).minor();
        if (minor < settings.minDonationMinor() || minor > settings.maxDonationMinor()) {
            throw new InvalidInputException(List.of(FieldProblem.of(
                    "amount",
                    "donation.amount.range",
                    Money.ofMinor(settings.minDonationMinor(), currency).major().toPlainString(),
                    Money.ofMinor(settings.maxDonationMinor(), currency).major().toPlainString())));
        }
        return minor;
    }

    private String trimmed(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw InvalidInputException.of(field, "field.tooLong", max);
        }
        return text;
    }
}
