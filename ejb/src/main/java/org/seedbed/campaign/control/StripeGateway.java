package org.seedbed.campaign.control;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.DisputeListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import java.time.Instant;
import java.util.Locale;
import org.seedbed.campaign.entity.Donation;

/**
 * Payments through Stripe Checkout with the city's own account: card data stays on Stripe's page
 * (PCI SAQ A). Every call carries an idempotency key derived from the donation, so a retried
 * request never makes a second session or refund.
 */
public class StripeGateway implements PaymentGateway {

    private final StripeClient client;

    public StripeGateway(StripeClient client) {
        this.client = client;
    }

    @Override
    public Checkout checkout(CheckoutRequest request) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(String.valueOf(request.donationId()))
                .putMetadata("donation_id", String.valueOf(request.donationId()))
                .putMetadata("city", request.city())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                // Stripe wants at least 30 minutes from when it receives the request, retries included;
                // the reservation holds longer still.
                .setExpiresAt(Instant.now().plusSeconds(32 * 60).getEpochSecond())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata("donation_id", String.valueOf(request.donationId()))
                        .putMetadata("city", request.city())
                        .build())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(request.amountMinor())
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.title())
                                        .build())
                                .build())
                        .build());
        if (request.donorEmail() != null) {
            params.setCustomerEmail(request.donorEmail());
        }
        for (String method : request.methods()) {
            switch (method) {
                case "alipay" -> params.addPaymentMethodType(SessionCreateParams.PaymentMethodType.ALIPAY);
                case "wechat_pay" -> {
                    params.addPaymentMethodType(SessionCreateParams.PaymentMethodType.WECHAT_PAY);
                    params.setPaymentMethodOptions(SessionCreateParams.PaymentMethodOptions.builder()
                            .setWechatPay(SessionCreateParams.PaymentMethodOptions.WechatPay.builder()
                                    .setClient(SessionCreateParams.PaymentMethodOptions.WechatPay.Client.WEB)
                                    .build())
                            .build());
                }
                default -> params.addPaymentMethodType(SessionCreateParams.PaymentMethodType.CARD);
            }
        }
        try {
            Session session = client.v1()
                    .checkout()
                    .sessions()
                    .create(params.build(), idempotent("donation-" + request.city() + "-" + request.donationId()));
            return new Checkout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw new PaymentProviderException("checkout", e);
        }
    }

    @Override
    public PaymentSnapshot read(Donation donation) {
        try {
            Session session = client.v1()
                    .checkout()
                    .sessions()
                    .retrieve(
                            donation.checkoutSessionId(),
                            SessionRetrieveParams.builder()
                                    .addExpand("payment_intent.latest_charge.balance_transaction")
                                    .build(),
                            RequestOptions.getDefault());
            PaymentIntent intent = session.getPaymentIntentObject();
            Charge charge = intent == null ? null : intent.getLatestChargeObject();
            PaymentSnapshot.State state = state(session, intent);
            if (charge == null) {
                return new PaymentSnapshot(
                        state,
                        orZero(session.getAmountTotal()),
                        upper(session.getCurrency()),
                        intent == null ? null : intent.getId(),
                        null,
                        null,
                        0,
                        0,
                        PaymentSnapshot.Dispute.NONE);
            }
            return new PaymentSnapshot(
                    state,
                    orZero(session.getAmountTotal()),
                    upper(session.getCurrency()),
                    intent.getId(),
                    charge.getId(),
                    fingerprint(charge),
                    charge.getBalanceTransactionObject() == null
                            ? 0
                            : orZero(charge.getBalanceTransactionObject().getFee()),
                    orZero(charge.getAmountRefunded()),
                    Boolean.TRUE.equals(charge.getDisputed()) ? dispute(charge.getId()) : PaymentSnapshot.Dispute.NONE);
        } catch (StripeException e) {
            throw new PaymentProviderException("read", e);
        }
    }

    @Override
    public String refund(Donation donation, long amountMinor, String idempotencyKey) {
        try {
            Refund refund = client.v1()
                    .refunds()
                    .create(
                            RefundCreateParams.builder()
                                    .setPaymentIntent(donation.paymentIntentId())
                                    .setAmount(amountMinor)
                                    .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                                    .putMetadata("donation_id", String.valueOf(donation.id()))
                                    .build(),
                            idempotent(idempotencyKey));
            return refund.getId();
        } catch (StripeException e) {
            throw new PaymentProviderException("refund", e);
        }
    }

    private static PaymentSnapshot.State state(Session session, PaymentIntent intent) {
        if ("paid".equals(session.getPaymentStatus())) {
            return PaymentSnapshot.State.PAID;
        }
        if ("expired".equals(session.getStatus())) {
            return PaymentSnapshot.State.EXPIRED;
        }
        if (intent != null && "canceled".equals(intent.getStatus())) {
            return PaymentSnapshot.State.FAILED;
        }
        return PaymentSnapshot.State.OPEN;
    }

    private PaymentSnapshot.Dispute dispute(String chargeId) throws StripeException {
        var disputes = client.v1()
                .disputes()
                .list(DisputeListParams.builder().setCharge(chargeId).build(), RequestOptions.getDefault())
                .getData();
        if (disputes.isEmpty()) {
            return PaymentSnapshot.Dispute.NONE;
        }
        Dispute latest = disputes.get(0);
        return switch (latest.getStatus()) {
            case "won", "warning_closed" -> PaymentSnapshot.Dispute.WON;
            case "lost" -> PaymentSnapshot.Dispute.LOST;
            default -> PaymentSnapshot.Dispute.OPEN;
        };
    }

    private static String fingerprint(Charge charge) {
        var details = charge.getPaymentMethodDetails();
        return details == null || details.getCard() == null
                ? null
                : details.getCard().getFingerprint();
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static String upper(String currency) {
        return currency == null ? null : currency.toUpperCase(Locale.ROOT);
    }
}
