package org.seedbed.campaign.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.seedbed.campaign.entity.Donation;
import org.seedbed.money.Money;
import org.seedbed.print.control.PdfDocuments;
import org.seedbed.print.control.Xhtml;

/**
 * A donation receipt (捐赠收据) as XHTML for the PDF renderer, in Chinese with English beneath:
 * receipt number, donor (or 匿名 for anonymous gifts), campaign and organization, amount, the
 * sponsors' match, and a refund if there was one.
 */
public final class ReceiptDocument {

    private static final DateTimeFormatter PAID = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String STYLE = "@page { size: A5 landscape; margin: 14mm; }"
            + " body { font-family: '" + PdfDocuments.CJK_FAMILY
            + "', sans-serif; font-size: 10.5pt; line-height: 1.5; }"
            + " h1 { text-align: center; font-size: 17pt; margin: 0; } .en { color: #555; font-size: 8.5pt; }"
            + " p.sub { text-align: center; margin: 0 0 10pt 0; }"
            + " table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #999; padding: 4pt 6pt;"
            + " text-align: left; } th { width: 32%; background: #f2f5f3; } .note { margin-top: 10pt; font-size: 8.5pt; }";

    private ReceiptDocument() {}

    public static String xhtml(Donation d, String cityName, ZoneId zone) {
        StringBuilder html = new StringBuilder(4_096);
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>捐赠收据 ")
                .append(Xhtml.escape(d.receiptNo()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><h1>捐赠收据</h1><p class=\"sub en\">Donation receipt · ")
                .append(Xhtml.escape(cityName))
                .append("</p><table>");
        row(html, "收据编号", "Receipt no.", d.receiptNo());
        row(html, "捐赠人", "Donor", d.anonymous() || d.donorName() == null ? "匿名 Anonymous" : d.donorName());
        row(html, "受赠项目", "Campaign", d.campaign().titleZh());
        row(html, "受赠机构", "Organization", d.campaign().organization().nameZh());
        row(html, "捐赠金额", "Amount", money(d.amountMinor(), d.currency()));
        if (d.matchedMinor() > 0) {
            row(html, "配捐金额", "Matched by sponsors", money(d.matchedMinor(), d.currency()));
        }
        if (d.refundedMinor() > 0) {
            row(html, "已退款", "Refunded", money(d.refundedMinor(), d.currency()));
        }
        row(
                html,
                "支付时间",
                "Paid at",
                d.paidAt() == null ? "" : PAID.format(d.paidAt().atZone(zone)));
        row(
                html,
                "支付渠道",
                "Paid through",
                d.provider() == Donation.Provider.STRIPE ? "Stripe" : "沙箱（测试） Sandbox (test)");
        html.append("</table><p class=\"note\">感谢您对社区公益的支持。本收据由 Seedbed 平台根据支付机构的确认自动生成。<br/>"
                + "<span class=\"en\">Thank you for supporting community work. Issued by Seedbed on the payment"
                + " provider's confirmation.</span></p></body></html>");
        return html.toString();
    }

    private static void row(StringBuilder html, String zh, String en, String value) {
        html.append("<tr><th>")
                .append(zh)
                .append(" <span class=\"en\">")
                .append(en)
                .append("</span></th><td>")
                .append(Xhtml.escape(value))
                .append("</td></tr>");
    }

    /** An amount as Chinese receipts and mail write it, e.g. "¥500.00". */
    static String money(long minor, String currency) {
        return Money.ofMinor(minor, currency).format(Locale.SIMPLIFIED_CHINESE);
    }
}
