package org.seedbed.campaign.control;

/**
 * A donation's payment as the provider holds it now. Settling a donation moves it to match this,
 * whatever event triggered the re-read and however often.
 *
 * @param state OPEN while the donor may still pay
 * @param refundedMinor what has been refunded of the charge so far
 */
public record PaymentSnapshot(
        State state,
        long amountMinor,
        String currency,
        String paymentIntentId,
        String chargeId,
        String cardFingerprint,
        long feeMinor,
        long refundedMinor,
        Dispute dispute) {

    public enum State {
        OPEN,
        PAID,
        FAILED,
        EXPIRED
    }

    public enum Dispute {
        NONE,
        OPEN,
        WON,
        LOST
    }

    public static PaymentSnapshot open() {
        return new PaymentSnapshot(State.OPEN, 0, null, null, null, null, 0, 0, Dispute.NONE);
    }
}
