package org.seedbed.campaign.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.campaign.control.PaymentConfig;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.campaign.entity.PaymentSettings;
import org.seedbed.money.Money;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.platform.Settings;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.tenancy.control.TenantContext;

/**
 * The city admin's payment settings: the city's own Stripe account (keys kept encrypted with the
 * installation's master key, never shown again), the payment methods donors get, and the amounts
 * they may give. Every change is audited without the secrets.
 */
@Stateless
@RolesAllowed("CITY_ADMIN")
public class PaymentSettingsAdmin {

    private static final Set<String> METHODS = Set.of("card", "alipay", "wechat_pay");

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    PaymentConfig config;

    @Inject
    CityCalendar calendar;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public PaymentSettingsView get() {
        return view(config.settings());
    }

    public PaymentSettingsView update(PaymentSettingsForm form) {
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        PaymentSettings settings = config.settings();
        String currency = calendar.currency();
        List<FieldProblem> problems = new ArrayList<>();
        String secret = blankToNull(form.stripeSecretKey());
        String publishable = blankToNull(form.stripePublishableKey());
        String webhook = blankToNull(form.stripeWebhookSecret());
        if (secret != null && !secret.matches("(sk|rk)_(test|live)_[A-Za-z0-9]{8,}")) {
            problems.add(FieldProblem.of("stripeSecretKey", "payment.settings.secretKey"));
        }
        if (publishable != null && !publishable.matches("pk_(test|live)_[A-Za-z0-9]{8,}")) {
            problems.add(FieldProblem.of("stripePublishableKey", "payment.settings.publishableKey"));
        }
        if (webhook != null && !webhook.matches("whsec_[A-Za-z0-9]{8,}")) {
            problems.add(FieldProblem.of("stripeWebhookSecret", "payment.settings.webhookSecret"));
        }
        List<String> methods = form.methods() == null || form.methods().isEmpty()
                ? List.of("card")
                : form.methods().stream().map(String::strip).distinct().toList();
        if (!METHODS.containsAll(methods)) {
            problems.add(FieldProblem.of("methods", "payment.settings.methods"));
        }
        long min = form.minDonation() == null
                ? settings.minDonationMinor()
                : minor(form.minDonation(), currency, "minDonation", problems);
        long max = form.maxDonation() == null
                ? settings.maxDonationMinor()
                : minor(form.maxDonation(), currency, "maxDonation", problems);
        if (min > max) {
            problems.add(FieldProblem.of("maxDonation", "payment.settings.range"));
        }
        List<Long> presets = new ArrayList<>();
        for (BigDecimal preset : form.presets() == null ? List.<BigDecimal>of() : form.presets()) {
            long p = minor(preset, currency, "presets", problems);
            if (p < min || p > max) {
                problems.add(FieldProblem.of("presets", "payment.settings.presets"));
            }
            presets.add(p);
        }
        boolean sandbox = Boolean.TRUE.equals(form.useSandbox());
        boolean complete = sandbox
                || (secret != null || settings.stripeSecretKey() != null)
                        == (webhook != null || settings.stripeWebhookSecret() != null);
        if (!complete) {
            problems.add(FieldProblem.of("stripeWebhookSecret", "payment.settings.both"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean before = settings.stripeConfigured();
        if (sandbox && before && stripeMoneyOutstanding()) {
            // Refunds, disputes and pending payments of Stripe donations still need the city's keys.
            throw new ConflictException("payment.settings.stripeInUse");
        }
        if (sandbox) {
            settings.stripe(null, null, null);
        } else if (secret != null || publishable != null || webhook != null) {
            settings.stripe(
                    secret == null ? settings.stripeSecretKey() : config.seal(secret),
                    publishable == null ? settings.stripePublishableKey() : publishable,
                    webhook == null ? settings.stripeWebhookSecret() : config.seal(webhook));
        }
        settings.giving(
                String.join(",", methods),
                min,
                max,
                presets.isEmpty()
                        ? settings.presets()
                        : String.join(",", presets.stream().map(String::valueOf).toList()));
        settings.updated(callers.name(), Instant.now(clock));
        audit.record(
                "payments.settingsChanged",
                "city",
                0L,
                Map.of("stripe", before),
                Map.of(
                        "stripe",
                        settings.stripeConfigured(),
                        "secretKeyChanged",
                        secret != null,
                        "webhookSecretChanged",
                        webhook != null,
                        "methods",
                        settings.methods(),
                        "min",
                        min,
                        "max",
                        max));
        return view(settings);
    }

    /** What the donation form offers; public. */
    @PermitAll
    public GivingOptions giving() {
        PaymentSettings settings = config.settings();
        String currency = calendar.currency();
        return new GivingOptions(
                presets(settings, currency),
                Money.ofMinor(settings.minDonationMinor(), currency).major(),
                Money.ofMinor(settings.maxDonationMinor(), currency).major(),
                currency,
                !settings.stripeConfigured(),
                config.methods());
    }

    private boolean stripeMoneyOutstanding() {
        return em.createQuery(
                                "select count(d) from Donation d where d.provider = :stripe and d.status in :open",
                                Long.class)
                        .setParameter("stripe", Donation.Provider.STRIPE)
                        .setParameter(
                                "open",
                                List.of(Donation.Status.PENDING, Donation.Status.SUCCEEDED, Donation.Status.DISPUTED))
                        .getSingleResult()
                > 0;
    }

    private PaymentSettingsView view(PaymentSettings settings) {
        String currency = calendar.currency();
        String hint = null;
        if (settings.stripeSecretKey() != null) {
            String key = config.stripeSecretKey();
            hint = key.substring(0, Math.min(8, key.length())) + "…" + key.substring(Math.max(0, key.length() - 4));
        }
        return new PaymentSettingsView(
                settings.stripeConfigured(),
                hint,
                settings.stripePublishableKey(),
                settings.stripeWebhookSecret() != null,
                Settings.publicUrl() + "/c/" + TenantContext.currentOrPlatform() + "/api/v1/payments/stripe/webhook",
                config.methods(),
                Money.ofMinor(settings.minDonationMinor(), currency).major(),
                Money.ofMinor(settings.maxDonationMinor(), currency).major(),
                presets(settings, currency),
                currency,
                settings.updatedBy(),
                settings.updatedAt());
    }

    private List<BigDecimal> presets(PaymentSettings settings, String currency) {
        return Arrays.stream(settings.presets().split(","))
                .filter(p -> !p.isBlank())
                .map(p -> Money.ofMinor(Long.parseLong(p.strip()), currency).major())
                .toList();
    }

    private long minor(BigDecimal amount, String currency, String field, List<FieldProblem> problems) {
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of(field, "pool.amount.invalid"));
            return 0;
        }
        return Money.ofMajor(amount, currency).minor();
    }

    private String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
