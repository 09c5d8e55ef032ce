package org.seedbed.campaign.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.campaign.control.Gateways;
import org.seedbed.campaign.control.PaymentProviderException;
import org.seedbed.campaign.control.PaymentSnapshot;
import org.seedbed.campaign.entity.Campaign;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.export.control.Spreadsheets;
import org.seedbed.money.Money;
import org.seedbed.problem.NotFoundException;

/**
 * Reconciliation: each campaign's ledger of donations, fees, refunds and matches, checked against
 * the payment provider's objects re-read one by one, so officers see the books agree to the cent
 * or exactly where they do not.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
// Reconciling reads the provider once per donation: no transaction (nor its timeout) spans that.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Ledgers {

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    Gateways gateways;

    public CampaignLedger of(long campaignId, boolean reconcile) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new NotFoundException("campaign", campaignId);
        }
        String currency = campaign.currency();
        List<Donation> donations = em.createQuery(
                        "select d from Donation d where d.campaign = :c and d.paidAt is not null order by d.paidAt",
                        Donation.class)
                .setParameter("c", campaign)
                .getResultList();
        List<CampaignLedger.Row> rows = new ArrayList<>();
        List<CampaignLedger.Difference> differences = new ArrayList<>();
        long donated = 0;
        long fees = 0;
        long refunded = 0;
        long matched = 0;
        long difference = 0;
        long lost = 0;
        int checked = 0;
        for (Donation d : donations) {
            rows.add(new CampaignLedger.Row(
                    d.id(),
                    d.paidAt(),
                    d.receiptNo(),
                    d.anonymous() || d.donorName() == null ? null : d.donorName(),
                    d.status(),
                    d.provider(),
                    d.paymentIntentId(),
                    major(d.amountMinor(), currency),
                    major(d.feeMinor(), currency),
                    major(d.refundedMinor(), currency),
                    major(d.matchedMinor(), currency)));
            donated += d.amountMinor();
            fees += d.feeMinor();
            refunded += d.refundedMinor();
            matched += d.matchedMinor();
            if (d.status() == Donation.Status.DISPUTE_LOST) {
                lost += d.amountMinor() - d.refundedMinor();
            }
            if (reconcile) {
                PaymentSnapshot theirs;
                try {
                    theirs = gateways.of(d.provider()).read(d);
                } catch (PaymentProviderException unreachable) {
                    differences.add(new CampaignLedger.Difference(d.id(), "unreachable", null, null));
                    continue;
                }
                checked++;
                difference += compare(d.id(), "amount", d.amountMinor(), theirs.amountMinor(), currency, differences);
                difference += compare(d.id(), "fee", d.feeMinor(), theirs.feeMinor(), currency, differences);
                difference +=
                        compare(d.id(), "refunded", d.refundedMinor(), theirs.refundedMinor(), currency, differences);
            }
        }
        return new CampaignLedger(
                campaignId,
                campaign.titleZh(),
                currency,
                rows,
                major(donated, currency),
                major(fees, currency),
                major(refunded, currency),
                major(matched, currency),
                major(donated - fees - refunded - lost, currency),
                checked,
                differences,
                major(difference, currency),
                major(lost, currency));
    }

    /** The ledger as a spreadsheet, with the reconciliation's differences below the rows. */
    public byte[] export(long campaignId) {
        CampaignLedger ledger = of(campaignId, true);
        List<List<Object>> rows = new ArrayList<>();
        for (CampaignLedger.Row r : ledger.rows()) {
            rows.add(List.of(
                    r.donationId(),
                    r.at().toString(),
                    text(r.receiptNo()),
                    r.donor() == null ? "匿名 anonymous" : r.donor(),
                    r.status().name(),
                    r.provider().name(),
                    text(r.paymentIntentId()),
                    r.amount(),
                    r.fee(),
                    r.refunded(),
                    r.matched()));
        }
        rows.add(List.of(
                "",
                "",
                "",
                "",
                "",
                "",
                "合计 total",
                ledger.donated(),
                ledger.fees(),
                ledger.refunded(),
                ledger.matched()));
        rows.add(List.of("", "", "", "", "", "", "核对差额 difference", ledger.difference(), "", "", ""));
        for (CampaignLedger.Difference d : ledger.differences()) {
            rows.add(List.of(
                    d.donationId(), "", "", "", "", "", d.field(), text(d.seedbed()), text(d.provider()), "", ""));
        }
        return Spreadsheets.xlsx(
                "ledger",
                List.of(
                        "donation",
                        "paid at",
                        "receipt",
                        "donor",
                        "status",
                        "provider",
                        "payment",
                        "amount",
                        "fee",
                        "refunded",
                        "matched"),
                rows);
    }

    private Object text(Object value) {
        return value == null ? "" : value;
    }

    private long compare(
            long donationId,
            String field,
            long ours,
            long theirs,
            String currency,
            List<CampaignLedger.Difference> differences) {
        if (ours != theirs) {
            differences.add(
                    new CampaignLedger.Difference(donationId, field, major(ours, currency), major(theirs, currency)));
        }
        return Math.abs(ours - theirs);
    }

    private BigDecimal major(long minor, String currency) {
        return Money.ofMinor(minor, currency).major();
    }
}
