package org.seedbed.submission.control;

import static org.seedbed.print.control.Xhtml.escape;
import static org.seedbed.print.control.Xhtml.lines;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.seedbed.call.form.AnswerText;
import org.seedbed.call.form.Budget;
import org.seedbed.call.form.BudgetLine;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.JsonValues;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;
import org.seedbed.print.control.PdfDocuments;
import org.seedbed.submission.boundary.AttachmentView;
import org.seedbed.submission.boundary.EligibilityView;
import org.seedbed.submission.boundary.SubmissionView;

/**
 * The printable application (申报书) as XHTML: the facts officers file it by, every page of the
 * form it answers with the answers as applicants gave them, budget and indicator tables as
 * tables, attachments and the eligibility results. Times are the city's.
 */
public final class SubmissionPrint {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SubmissionView submission;
    private final FormDefinition form;
    private final String categoryName;
    private final Locale locale;
    private final ZoneId zone;
    private final ResourceBundle words;
    private final StringBuilder html = new StringBuilder(16_384);

    public SubmissionPrint(
            SubmissionView submission, FormDefinition form, String categoryName, Locale locale, ZoneId zone) {
        this.submission = submission;
        this.form = form;
        this.categoryName = categoryName;
        this.locale = locale;
        this.zone = zone;
        this.words =
                ResourceBundle.getBundle("org.seedbed.print.Print", locale, SubmissionPrint.class.getClassLoader());
    }

    public String xhtml(Instant printedAt) {
        html.append("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(submission.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        header(printedAt);
        facts();
        for (FormPage page : form.pages()) {
            page(page);
        }
        attachments();
        eligibility();
        html.append("</body></html>");
        return html.toString();
    }

    private void header(Instant printedAt) {
        html.append("<div class=\"printed\">")
                .append(escape(word("print.printedAt", time(printedAt))))
                .append("</div><div class=\"call\">")
                .append(escape(submission.callTitle(locale)))
                .append("</div><h1>")
                .append(escape(word("print.submission.heading")))
                .append("</h1>");
    }

    private void facts() {
        html.append("<table class=\"facts\">");
        fact("print.receipt", submission.receiptNo() == null ? word("print.notSubmitted") : submission.receiptNo());
        fact("print.status", word("print.status." + submission.status().name()));
        fact("print.organization", submission.organizationName(locale));
        fact("print.project", submission.title());
        fact("print.category", categoryName);
        fact(
                "print.requested",
                submission.requested() == null
                        ? ""
                        : submission
                                        .requested()
                                        .setScale(2, java.math.RoundingMode.HALF_UP)
                                        .toPlainString() + " " + submission.currency());
        fact("print.submittedAt", submission.submittedAt() == null ? "" : time(submission.submittedAt()));
        fact("print.formVersion", String.valueOf(submission.formVersion()));
        html.append("</table>");
    }

    private void fact(String key, String value) {
        html.append("<tr><th>")
                .append(escape(word(key)))
                .append("</th><td>")
                .append(escape(value == null ? "" : value))
                .append("</td></tr>");
    }

    private void page(FormPage page) {
        html.append("<h2>").append(escape(page.title(locale))).append("</h2>");
        JsonObject answers = submission.answers();
        for (Question question : page.questions()) {
            JsonValue answer = answers == null ? null : answers.get(question.key());
            html.append("<div class=\"question\"><div class=\"label\">")
                    .append(escape(question.label(locale)))
                    .append(question.required() ? " <span class=\"required\">*</span>" : "")
                    .append("</div>");
            if (JsonValues.empty(answer)) {
                html.append("<div class=\"answer empty\">")
                        .append(escape(word("print.noAnswer")))
                        .append("</div>");
            } else if (question.type() == QuestionType.BUDGET_TABLE && answer instanceof JsonArray rows) {
                budget(Budget.of(rows));
            } else if (question.type() == QuestionType.INDICATOR_TABLE && answer instanceof JsonArray rows) {
                indicators(rows);
            } else if (question.type() == QuestionType.FILE) {
                html.append("<div class=\"answer\">")
                        .append(escape(fileNames(question)))
                        .append("</div>");
            } else {
                html.append("<div class=\"answer\">")
                        .append(lines(AnswerText.of(question, answer, locale)))
                        .append("</div>");
            }
            html.append("</div>");
        }
    }

    private void budget(Budget budget) {
        html.append("<table class=\"grid\"><thead><tr>");
        for (String column : List.of("category", "item", "unitCost", "quantity", "total", "own", "cofunding")) {
            html.append("<th>").append(escape(word("print.budget." + column))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (BudgetLine line : budget.lines()) {
            html.append("<tr><td>")
                    .append(escape(line.category()))
                    .append("</td><td>")
                    .append(escape(line.item()))
                    .append("</td>");
            amountCells(line.unitCost(), line.quantity(), line.total(), line.own(), line.cofunding());
            html.append("</tr>");
        }
        html.append("</tbody><tfoot><tr><th colspan=\"4\">")
                .append(escape(word("print.budget.sum")))
                .append("</th>");
        amountCells(budget.total(), budget.own(), budget.cofunding());
        html.append("</tr><tr><th colspan=\"4\">")
                .append(escape(word("print.budget.requested")))
                .append("</th><td class=\"number\" colspan=\"3\">")
                .append(escape(money(budget.requested())))
                .append("</td></tr></tfoot></table>");
    }

    private void amountCells(BigDecimal... amounts) {
        for (int i = 0; i < amounts.length; i++) {
            // In a budget line the second amount is a quantity, not money.
            boolean quantity = amounts.length == 5 && i == 1;
            html.append("<td class=\"number\">")
                    .append(escape(quantity ? amounts[i].stripTrailingZeros().toPlainString() : money(amounts[i])))
                    .append("</td>");
        }
    }

    private void indicators(JsonArray rows) {
        html.append("<table class=\"grid\"><thead><tr>");
        for (String column : List.of("name", "baseline", "target", "unit")) {
            html.append("<th>")
                    .append(escape(word("print.indicator." + column)))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (JsonValue row : rows) {
            if (row instanceof JsonObject cells) {
                html.append("<tr><td>")
                        .append(escape(JsonValues.text(cells, "name")))
                        .append("</td><td class=\"number\">")
                        .append(escape(number(JsonValues.number(cells, "baseline"))))
                        .append("</td><td class=\"number\">")
                        .append(escape(number(JsonValues.number(cells, "target"))))
                        .append("</td><td>")
                        .append(escape(JsonValues.text(cells, "unit")))
                        .append("</td></tr>");
            }
        }
        html.append("</tbody></table>");
    }

    private String fileNames(Question question) {
        return String.join(
                "、",
                submission.attachments().stream()
                        .filter(a -> question.key().equals(a.questionKey()))
                        .map(AttachmentView::fileName)
                        .toList());
    }

    private void attachments() {
        if (submission.attachments().isEmpty()) {
            return;
        }
        html.append("<h2>").append(escape(word("print.attachments"))).append("</h2><table class=\"grid\"><tbody>");
        for (AttachmentView attachment : submission.attachments()) {
            html.append("<tr><td>")
                    .append(escape(attachment.fileName()))
                    .append("</td><td class=\"number\">")
                    .append(escape(kilobytes(attachment.sizeBytes())))
                    .append("</td><td>")
                    .append(escape(time(attachment.uploadedAt())))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void eligibility() {
        if (submission.eligibility().isEmpty()) {
            return;
        }
        html.append("<h2>").append(escape(word("print.eligibility"))).append("</h2><table class=\"grid\"><tbody>");
        for (EligibilityView result : submission.eligibility()) {
            html.append("<tr><td class=\"")
                    .append(result.passed() ? "passed" : "failed")
                    .append("\">")
                    .append(escape(word(result.passed() ? "print.passed" : "print.failed")))
                    .append("</td><td>")
                    .append(escape(result.message(locale)))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private String word(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String kilobytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    private static final String STYLE = "@page { size: A4; margin: 18mm 16mm 20mm 16mm;"
            + " @bottom-center { content: counter(page) \" / \" counter(pages); font-family: '"
            + PdfDocuments.CJK_FAMILY + "', sans-serif; font-size: 8pt; color: #666; } }"
            + " body { font-family: '" + PdfDocuments.CJK_FAMILY + "', sans-serif; font-size: 10pt; color: #1f2933;"
            + " line-height: 1.5; }"
            + " .printed { float: right; font-size: 8pt; color: #666; }"
            + " .call { font-size: 10pt; color: #2f6f4f; }"
            + " h1 { font-size: 18pt; margin: 4pt 0 10pt 0; }"
            + " h2 { font-size: 12.5pt; border-bottom: 1pt solid #2f6f4f; padding-bottom: 2pt; margin: 16pt 0 6pt 0;"
            + " page-break-after: avoid; }"
            + " table { border-collapse: collapse; width: 100%; }"
            + " .facts th { text-align: left; width: 28%; color: #52606d; font-weight: normal; padding: 2pt 6pt 2pt 0;"
            + " vertical-align: top; }"
            + " .facts td { padding: 2pt 0; }"
            + " .question { margin: 0 0 8pt 0; page-break-inside: avoid; }"
            + " .label { color: #52606d; font-size: 9pt; }"
            + " .required { color: #b42318; }"
            + " .answer.empty { color: #9aa5b1; }"
            + " .grid { margin: 2pt 0 4pt 0; font-size: 9pt; -fs-table-paginate: paginate; }"
            + " .grid th, .grid td { border: 0.5pt solid #cbd2d9; padding: 2pt 4pt; text-align: left; }"
            + " .grid thead th, .grid tfoot th { background: #f0f4f8; }"
            + " .grid td.number { text-align: right; }"
            + " .passed { color: #1d7a46; width: 18%; } .failed { color: #b42318; width: 18%; }";
}
