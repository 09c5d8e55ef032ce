package org.seedbed.campaign.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.notification.control.MailTemplates;
import org.seedbed.notification.control.Mailer;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.platform.Settings;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Thanks donors who left an e-mail address, with the match their gift got and the link to their
 * receipt; tells them of a refund. Sent after commit by the mailer.
 */
@Stateless
public class DonationMail {

    @Inject
    Mailer mailer;

    @Inject
    CityCalendar calendar;

    public void thanks(Donation donation) {
        send(donation, "donationReceived", ReceiptDocument.money(donation.matchedMinor(), donation.currency()));
    }

    public void refunded(Donation donation) {
        send(donation, "donationRefunded", ReceiptDocument.money(donation.refundedMinor(), donation.currency()));
    }

    private void send(Donation donation, String template, String detail) {
        if (donation.donorEmail() == null) {
            return;
        }
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String city = TenantContext.currentOrPlatform();
        mailer.send(MailTemplates.render(
                donation.donorEmail(),
                chinese,
                template,
                calendar.cityName(chinese),
                donation.anonymous() || donation.donorName() == null ? "捐赠人" : donation.donorName(),
                donation.campaign().titleZh(),
                ReceiptDocument.money(donation.amountMinor(), donation.currency()),
                detail,
                Settings.publicUrl() + "/c/" + city + "/thanks.xhtml?token=" + donation.receiptToken()));
    }
}
