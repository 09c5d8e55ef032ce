package org.seedbed.grant.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.seedbed.account.control.Callers;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.call.form.AnswerCheck;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.grant.control.GrantAccess;
import org.seedbed.grant.control.GrantMail;
import org.seedbed.grant.control.GrantRecords;
import org.seedbed.grant.entity.Grant;
import org.seedbed.grant.entity.GrantReport;
import org.seedbed.grant.entity.OutcomeIndicator;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;

/**
 * Progress, financial and final reports: the grantee drafts and submits them with indicator
 * actuals, expense lines and answers to the call's report questions (a report submitted after its due date is late, and the credit record
 * says so); the officer approves it or asks for changes, which reopens it.
 */
@Stateless
@RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN", "NGO_MEMBER"})
public class Reports {

    private static final int MAX_NARRATIVE = 20_000;

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    GrantMail mail;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    public ReportView get(long reportId) {
        GrantReport report = report(reportId);
        access.readable(report.grant().id());
        return GrantRecords.report(report);
    }

    @RolesAllowed("NGO_MEMBER")
    public ReportView save(long reportId, ReportForm form) {
        GrantReport report = ofMember(reportId);
        if (form == null) {
            throw InvalidInputException.of("body", "problem.body.required");
        }
        editable(report, form.version());
        String narrative = form.narrative() == null ? null : form.narrative().strip();
        if (narrative != null && narrative.length() > MAX_NARRATIVE) {
            throw InvalidInputException.of("narrative", "field.tooLong", MAX_NARRATIVE);
        }
        JsonObject answers = form.answers() == null ? JsonValue.EMPTY_JSON_OBJECT : form.answers();
        failOn(AnswerCheck.problems(questions(report), answers, null, false));
        report.save(narrative, actuals(form.indicatorActuals()), expenses(form.expenses()), answers.toString());
        em.flush();
        return GrantRecords.report(report);
    }

    @RolesAllowed("NGO_MEMBER")
    public ReportView submit(long reportId, Long version) {
        GrantReport report = ofMember(reportId);
        editable(report, version);
        if (report.kind() == GrantReport.Kind.FINANCIAL) {
            if (GrantRecords.array(report.expenses()).isEmpty()) {
                throw InvalidInputException.of("expenses", "report.expenses.required");
            }
        } else if (report.narrative() == null || report.narrative().isBlank()) {
            throw InvalidInputException.of("narrative", "report.narrative.required");
        }
        failOn(AnswerCheck.problems(questions(report), GrantRecords.object(report.answers()), null, true));
        report.submit(callers.name(), Instant.now(clock), calendar.today());
        em.flush();
        ReportView view = GrantRecords.report(report);
        audit.record(
                "report.submitted",
                "grant",
                report.grant().id(),
                null,
                Map.of("report", reportId, "late", view.late()));
        return view;
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public ReportView approve(long reportId, String note) {
        GrantReport report = submitted(reportId);
        report.approve(callers.name(), note == null || note.isBlank() ? null : note.strip(), Instant.now(clock));
        em.flush();
        audit.record(
                "report.approved",
                "grant",
                report.grant().id(),
                Map.of("report", reportId, "status", "SUBMITTED"),
                Map.of("report", reportId, "status", "APPROVED"));
        mail.toGrantee(report.grant(), "reportApproved", report.title(), note == null ? "" : note.strip());
        return GrantRecords.report(report);
    }

    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public ReportView requestChanges(long reportId, String note) {
        GrantReport report = submitted(reportId);
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "report.changes.note");
        }
        report.requestChanges(callers.name(), note.strip(), Instant.now(clock));
        em.flush();
        audit.record(
                "report.changesRequested",
                "grant",
                report.grant().id(),
                null,
                Map.of("report", reportId, "note", note.strip()));
        mail.toGrantee(report.grant(), "reportChangesRequested", report.title(), note.strip());
        return GrantRecords.report(report);
    }

    /** Reports waiting for the officer's review, oldest first. */
    @RolesAllowed({"PROGRAM_OFFICER", "CITY_ADMIN"})
    public List<ReportView> toReview() {
        return em
                .createQuery(
                        "select r from GrantReport r where r.status = :submitted order by r.submittedAt",
                        GrantReport.class)
                .setParameter("submitted", GrantReport.Status.SUBMITTED)
                .getResultList()
                .stream()
                .map(GrantRecords::report)
                .toList();
    }

    private static FormDefinition questions(GrantReport report) {
        return report.form() == null ? FormDefinition.empty() : FormDefinition.fromJson(report.form());
    }

    /** Answer problems name the question as {@code answers.<key>}, so the API says where they are. */
    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new FieldProblem("answers." + p.field(), p.key(), p.args()))
                    .toList());
        }
    }

    private GrantReport report(long reportId) {
        GrantReport report = em.find(GrantReport.class, reportId);
        if (report == null) {
            throw new NotFoundException("report", reportId);
        }
        return report;
    }

    private GrantReport ofMember(long reportId) {
        GrantReport report = report(reportId);
        if (!access.isMember(report.grant().organization())) {
            throw new NotFoundException("report", reportId);
        }
        return report;
    }

    private GrantReport submitted(long reportId) {
        GrantReport report = report(reportId);
        if (report.status() != GrantReport.Status.SUBMITTED) {
            throw new ConflictException("report.notSubmitted");
        }
        return report;
    }

    private static void editable(GrantReport report, Long version) {
        if (report.grant().status() == Grant.Status.TERMINATED) {
            throw new ConflictException("grant.ended");
        }
        if (report.status() != GrantReport.Status.DUE && report.status() != GrantReport.Status.CHANGES_REQUESTED) {
            throw new ConflictException("report.locked");
        }
        if (version != null && version != report.version()) {
            throw new ConflictException("report.changedMeanwhile");
        }
    }

    private String actuals(Map<String, BigDecimal> given) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (var entry : (given == null ? Map.<String, BigDecimal>of() : given).entrySet()) {
            boolean known = !em.createQuery(
                            "select i from OutcomeIndicator i where i.code = :code", OutcomeIndicator.class)
                    .setParameter("code", entry.getKey())
                    .getResultList()
                    .isEmpty();
            if (!known) {
                throw InvalidInputException.of("indicatorActuals", "grant.indicator.unknown", entry.getKey());
            }
            if (entry.getValue() != null) {
                if (entry.getValue().signum() < 0) {
                    throw InvalidInputException.of("indicatorActuals." + entry.getKey(), "grant.target.range");
                }
                json.add(entry.getKey(), entry.getValue());
            }
        }
        return json.build().toString();
    }

    private static String expenses(List<ReportForm.ExpenseLine> lines) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        int i = 0;
        for (ReportForm.ExpenseLine line : lines == null ? List.<ReportForm.ExpenseLine>of() : lines) {
            if (line.amount() == null
                    || line.amount().signum() < 0
                    || line.amount().scale() > 2) {
                throw InvalidInputException.of("expenses[" + i + "].amount", "report.expense.amount");
            }
            json.add(Json.createObjectBuilder()
                    .add(
                            "category",
                            line.category() == null ? "" : line.category().strip())
                    .add("item", line.item() == null ? "" : line.item().strip())
                    .add("amount", line.amount()));
            i++;
        }
        return json.build().toString();
    }
}
