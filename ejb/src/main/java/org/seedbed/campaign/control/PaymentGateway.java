package org.seedbed.campaign.control;

import java.util.List;
import org.seedbed.campaign.entity.Donation;

/**
 * A payment provider as the donation flow sees it: it opens a hosted payment page for a donation,
 * tells the current state of a donation's payment (events only trigger a re-read of it), and
 * refunds. Stripe in production, the sandbox without credentials.
 */
public interface PaymentGateway {

    Checkout checkout(CheckoutRequest request);

    PaymentSnapshot read(Donation donation);

    /** Refunds {@code amountMinor} of the donation; returns the provider's refund id. */
    String refund(Donation donation, long amountMinor, String idempotencyKey);

    /** What the payment page needs to know. {@code methods} are Stripe's names: card, alipay, wechat_pay. */
    record CheckoutRequest(
            long donationId,
            String city,
            long amountMinor,
            String currency,
            String title,
            String donorEmail,
            List<String> methods,
            String successUrl,
            String cancelUrl) {}

    /** The hosted page the donor is sent to. */
    record Checkout(String sessionId, String url) {}
}
