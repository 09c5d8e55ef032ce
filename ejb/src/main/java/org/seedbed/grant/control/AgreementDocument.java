package org.seedbed.grant.control;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.seedbed.grant.boundary.GrantView;
import org.seedbed.grant.boundary.IndicatorTarget;
import org.seedbed.grant.boundary.TrancheView;
import org.seedbed.print.control.PdfDocuments;
import org.seedbed.print.control.Xhtml;

/**
 * The grant agreement (资助协议) as XHTML for the PDF renderer, from the template in the
 * {@code org.seedbed.grant.Agreement} bundles: parties, project, amount, tranches with their
 * conditions, indicator targets, obligations, and the signature blocks of both sides.
 */
public final class AgreementDocument {

    private static final String STYLE = "@page { size: A4; margin: 20mm 18mm 22mm 18mm;"
            + " @bottom-center { content: counter(page) \" / \" counter(pages); font-family: '"
            + PdfDocuments.CJK_FAMILY + "', sans-serif; font-size: 8pt; color: #666; } }"
            + " body { font-family: '" + PdfDocuments.CJK_FAMILY
            + "', sans-serif; font-size: 10.5pt; line-height: 1.6; }"
            + " h1 { text-align: center; font-size: 18pt; margin: 0 0 14pt 0; }"
            + " h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }"
            + " table { border-collapse: collapse; width: 100%; margin: 4pt 0; }"
            + " th, td { border: 0.5pt solid #999; padding: 3pt 5pt; text-align: left; }"
            + " .num { text-align: right; } .sign { margin-top: 28pt; width: 100%; } .sign td { border: none; width: 50%;"
            + " vertical-align: top; height: 60pt; }";

    private final GrantView grant;
    private final ResourceBundle words;
    private final String cityName;
    private final StringBuilder html = new StringBuilder(8_192);

    public AgreementDocument(GrantView grant, String cityName, Locale locale) {
        this.grant = grant;
        this.cityName = cityName;
        this.words = ResourceBundle.getBundle(
                "org.seedbed.grant.Agreement", locale, AgreementDocument.class.getClassLoader());
    }

    public String xhtml(LocalDate today) {
        html.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
                .append(Xhtml.escape(word("agreement.title")))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><h1>")
                .append(Xhtml.escape(word("agreement.title")))
                .append("</h1>");
        paragraph(word("agreement.partyA", cityName, grant.callTitleZh()));
        paragraph(word("agreement.partyB", grant.organizationName()));
        paragraph(word("agreement.preamble", grant.callTitleZh(), grant.title(), grant.receiptNo()));
        section("agreement.project");
        paragraph(word(
                "agreement.projectText",
                grant.title(),
                String.valueOf(grant.startsOn()),
                String.valueOf(grant.endsOn())));
        section("agreement.money");
        paragraph(word("agreement.moneyText", amount(grant.amount()), grant.currency()));
        tranches(grant.tranches());
        if (!grant.indicators().isEmpty()) {
            section("agreement.indicators");
            indicators(grant.indicators());
        }
        section("agreement.obligations");
        for (int i = 1; i <= 5; i++) {
            paragraph(i + ". " + word("agreement.obligation." + i));
        }
        section("agreement.termination");
        paragraph(word("agreement.terminationText"));
        html.append("<table class=\"sign\"><tr><td>")
                .append(Xhtml.escape(word("agreement.signA")))
                .append("</td><td>")
                .append(Xhtml.escape(word("agreement.signB")))
                .append("</td></tr></table><p>")
                .append(Xhtml.escape(word("agreement.generated", today.toString())))
                .append("</p></body></html>");
        return html.toString();
    }

    private void tranches(List<TrancheView> tranches) {
        html.append("<table><tr><th>")
                .append(Xhtml.escape(word("agreement.tranche")))
                .append("</th><th class=\"num\">")
                .append(Xhtml.escape(word("agreement.share")))
                .append("</th><th class=\"num\">")
                .append(Xhtml.escape(word("agreement.amount")))
                .append("</th><th>")
                .append(Xhtml.escape(word("agreement.conditions")))
                .append("</th></tr>");
        for (TrancheView t : tranches) {
            StringBuilder conditions = new StringBuilder();
            if (t.needsAgreement()) {
                conditions.append(word("agreement.condition.agreement"));
            }
            if (t.needsReport()) {
                conditions.append(conditions.isEmpty() ? "" : "；").append(word("agreement.condition.report"));
            }
            if (t.needsEvaluation() != null) {
                conditions
                        .append(conditions.isEmpty() ? "" : "；")
                        .append(word(
                                "agreement.condition." + t.needsEvaluation().name()));
            }
            html.append("<tr><td>")
                    .append(t.position())
                    .append("</td><td class=\"num\">")
                    .append(t.percent().stripTrailingZeros().toPlainString())
                    .append("%</td><td class=\"num\">")
                    .append(Xhtml.escape(amount(t.amount())))
                    .append("</td><td>")
                    .append(Xhtml.escape(conditions.toString()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private void indicators(List<IndicatorTarget> indicators) {
        html.append("<table><tr><th>")
                .append(Xhtml.escape(word("agreement.indicator")))
                .append("</th><th class=\"num\">")
                .append(Xhtml.escape(word("agreement.target")))
                .append("</th></tr>");
        for (IndicatorTarget i : indicators) {
            html.append("<tr><td>")
                    .append(Xhtml.escape(i.nameZh()))
                    .append("</td><td class=\"num\">")
                    .append(Xhtml.escape(i.target().stripTrailingZeros().toPlainString() + " " + i.unitZh()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private void section(String key) {
        html.append("<h2>").append(Xhtml.escape(word(key))).append("</h2>");
    }

    private void paragraph(String text) {
        html.append("<p>").append(Xhtml.escape(text)).append("</p>");
    }

    private String word(String key, Object... args) {
        return java.text.MessageFormat.format(words.getString(key), args);
    }

    private static String amount(java.math.BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
