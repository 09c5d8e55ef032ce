package org.seedbed.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The city's payment settings, one row: its own Stripe keys (secret key and webhook secret kept
 * encrypted with the installation's master key), the payment methods it enables, the amounts a
 * donor may give, and the secret the sandbox provider signs its events with.
 */
@Entity
@Table(name = "payment_settings")
public class PaymentSettings {

    @Id
    private short id;

    @Column(name = "stripe_secret_key")
    private String stripeSecretKey;

    @Column(name = "stripe_publishable_key")
    private String stripePublishableKey;

    @Column(name = "stripe_webhook_secret")
    private String stripeWebhookSecret;

    @Column(name = "sandbox_webhook_secret", nullable = false)
    private String sandboxWebhookSecret;

    @Column(nullable = false)
    private String methods;

    @Column(name = "min_donation_minor", nullable = false)
    private long minDonationMinor;

    @Column(name = "max_donation_minor", nullable = false)
    private long maxDonationMinor;

    @Column(nullable = false)
    private String presets;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PaymentSettings() {}

    /** The settings a city starts with: sandbox payments, cards, 1 to 100,000 yuan. */
    public PaymentSettings(String encryptedSandboxSecret) {
        this.id = 1;
        this.sandboxWebhookSecret = encryptedSandboxSecret;
        this.methods = "card";
        this.minDonationMinor = 100;
        this.maxDonationMinor = 10_000_000;
        this.presets = "2000,5000,10000,50000";
    }

    /** Stripe keys, encrypted; all null returns the city to the sandbox. */
    public void stripe(String encryptedSecretKey, String publishableKey, String encryptedWebhookSecret) {
        this.stripeSecretKey = encryptedSecretKey;
        this.stripePublishableKey = publishableKey;
        this.stripeWebhookSecret = encryptedWebhookSecret;
    }

    public void giving(String methods, long minDonationMinor, long maxDonationMinor, String presets) {
        this.methods = methods;
        this.minDonationMinor = minDonationMinor;
        this.maxDonationMinor = maxDonationMinor;
        this.presets = presets;
    }

    public void updated(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean stripeConfigured() {
        return stripeSecretKey != null && stripeWebhookSecret != null;
    }

    public String stripeSecretKey() {
        return stripeSecretKey;
    }

    public String stripePublishableKey() {
        return stripePublishableKey;
    }

    public String stripeWebhookSecret() {
        return stripeWebhookSecret;
    }

    public String sandboxWebhookSecret() {
        return sandboxWebhookSecret;
    }

    public String methods() {
        return methods;
    }

    public long minDonationMinor() {
        return minDonationMinor;
    }

    public long maxDonationMinor() {
        return maxDonationMinor;
    }

    public String presets() {
        return presets;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
