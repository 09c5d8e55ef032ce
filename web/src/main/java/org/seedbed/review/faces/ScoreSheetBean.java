package org.seedbed.review.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.seedbed.call.boundary.Calls;
import org.seedbed.faces.AddressIds;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.grant.boundary.CreditSummary;
import org.seedbed.problem.ConflictException;
import org.seedbed.problem.FieldProblem;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.problem.NotFoundException;
import org.seedbed.problem.SeedbedProblem;
import org.seedbed.review.boundary.ReviewPacket;
import org.seedbed.review.boundary.ScoreSheetView;
import org.seedbed.review.boundary.ScoreSheets;
import org.seedbed.review.boundary.SheetForm;
import org.seedbed.review.control.RubricCriterion;
import org.seedbed.review.control.SheetTotals;
import org.seedbed.review.entity.ScoreSheet;

/**
 * An expert's score sheet, reviewer/sheet.xhtml?assignment=: the application read only with the
 * applicant's credit record in figures, the rubric with a score per criterion, the recommendation
 * and comments. Experts score on their
 * phones while the applicants pitch, so every change is saved as a draft at once and the running
 * total stays in view; submitting locks the sheet. Each save sends the version of the sheet the
 * page shows, so a sheet changed on another device meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class ScoreSheetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form of the page; inputs are named after the fields of the use case's problems. */
    static final String FORM = "sheetForm";

    @Inject
    ScoreSheets sheets;

    @Inject
    Calls calls;

    @Inject
    Language language;

    private String assignment;
    private ReviewPacket packet;
    private ScoreSheetView sheet;
    private List<CriterionScore> rows = List.of();
    private ScoreSheet.Recommendation recommendation;
    private String comments;
    private String categoryName;
    private boolean notFound;
    private boolean stale;
    private boolean saveFailed;
    private Instant savedAt;
    private transient List<PacketAnswers.Page> answerPages;

    /** View action; another expert's assignment, or one the expert is conflicted on, is "not found". */
    public void load() {
        Long id = AddressIds.parse(assignment);
        if (id == null) {
            notFound = true;
            return;
        }
        try {
            packet = sheets.packet(id);
            rows = packet.rubric().criteria().stream()
                    .map(c -> new CriterionScore(c, null))
                    .toList();
            show(packet.sheet());
            categoryName = categoryName();
        } catch (NotFoundException | EJBAccessException e) {
            notFound = true;
        } catch (SeedbedProblem problem) {
            notFound = true;
            Texts.problem(problem);
        }
    }

    /** Autosave after each score, recommendation or comment: quiet unless it fails. */
    public void changed() {
        if (isEditable() && !stale) {
            save(false);
        }
    }

    public void saveDraft() {
        save(true);
    }

    /** Saves what is on the page, then submits that version; the sheet is read only afterwards. */
    public void submit() {
        if (!save(false)) {
            return;
        }
        try {
            show(sheets.submit(packet.assignmentId(), sheet.version()));
            Texts.info("sheet.submitted.done");
            PrimeFaces.current().scrollTo("sheetHead");
        } catch (SeedbedProblem problem) {
            refused(problem);
        }
    }

    private boolean save(boolean announce) {
        if (!isEditable()) {
            return false;
        }
        try {
            show(sheets.save(
                    packet.assignmentId(), new SheetForm(scores(), recommendation, comments, sheet.version())));
            savedAt = Instant.now();
            saveFailed = false;
            if (announce) {
                Texts.info("sheet.saved");
            }
            return true;
        } catch (SeedbedProblem problem) {
            saveFailed = true;
            refused(problem);
            return false;
        }
    }

    /** Shows a sheet as the use case returned it; the rows stay the same objects the inputs are bound to. */
    private void show(ScoreSheetView view) {
        sheet = view;
        for (CriterionScore row : rows) {
            row.setScore(view.scores().get(row.getCode()));
        }
        recommendation = view.recommendation();
        comments = view.comments();
    }

    /**
     * A refused save or submission: field problems beside their inputs (and the page scrolled to
     * the first, since on a phone the messages at the top are out of sight), anything else at the
     * top. A sheet saved elsewhere or already submitted offers to reload the page.
     */
    private void refused(SeedbedProblem problem) {
        if (problem instanceof ConflictException conflict
                && ("sheet.changedMeanwhile".equals(conflict.key()) || "sheet.locked".equals(conflict.key()))) {
            stale = true;
        }
        if (!(problem instanceof InvalidInputException invalid)) {
            Texts.problem(problem);
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        String first = null;
        for (FieldProblem field : invalid.problems()) {
            String clientId = clientId(context, inputId(field.field()));
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(locale), null));
            if (first == null && clientId != null) {
                first = clientId;
            }
        }
        if (first != null) {
            PrimeFaces.current().scrollTo(first);
        }
    }

    /** The input a problem's field names: "scores.NEED" is the input score-NEED. */
    static String inputId(String field) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("scores.")) {
            return "score-" + field.substring("scores.".length());
        }
        return switch (field) {
            case "recommendation", "comments" -> field;
            default -> null;
        };
    }

    private static String clientId(FacesContext context, String inputId) {
        if (inputId == null) {
            return null;
        }
        UIComponent input = context.getViewRoot().findComponent(FORM + ":" + inputId);
        return input == null ? null : input.getClientId(context);
    }

    private Map<String, Integer> scores() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (CriterionScore row : rows) {
            if (row.getScore() != null) {
                scores.put(row.getCode(), row.getScore());
            }
        }
        return scores;
    }

    private List<RubricCriterion> criteria() {
        return rows.stream().map(CriterionScore::getCriterion).toList();
    }

    private String categoryName() {
        String code = packet.categoryCode();
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Locale locale = language.getLocale();
            return calls.find(packet.callId()).categories().stream()
                    .filter(c -> code.equals(c.code()))
                    .map(c -> c.name(locale))
                    .findFirst()
                    .orElse(code);
        } catch (SeedbedProblem | EJBAccessException e) {
            // The code still tells the expert which category the application is in.
            return code;
        }
    }

    /** The weighted total on the 0–100 scale as the server computes it; null until every criterion is scored. */
    public BigDecimal getTotal() {
        if (packet == null || packet.rubric().totalWeight() <= 0) {
            return null;
        }
        return SheetTotals.total(packet.rubric(), scores());
    }

    /** The running total for the bar: the final total once complete, else the points scored so far. */
    public String getTotalText() {
        if (packet == null) {
            return null;
        }
        BigDecimal total = getTotal();
        return SheetTally.text(total != null ? total : SheetTally.points(criteria(), scores()));
    }

    public boolean isComplete() {
        return getTotal() != null;
    }

    public long getScoredCount() {
        return SheetTally.scored(criteria(), scores());
    }

    public int getCriterionCount() {
        return rows.size();
    }

    /** The total weight of the rubric, which each criterion's weight is a share of. */
    public int getTotalWeight() {
        return packet == null ? 0 : packet.rubric().totalWeight();
    }

    public List<PacketAnswers.Page> getAnswerPages() {
        if (answerPages == null && packet != null) {
            answerPages = PacketAnswers.of(packet.form(), packet.answers(), language.getLocale());
        }
        return answerPages == null ? List.of() : answerPages;
    }

    public String getCallTitle() {
        if (packet == null) {
            return null;
        }
        boolean chinese = "zh".equals(language.getLocale().getLanguage());
        return chinese || packet.callTitleEn() == null || packet.callTitleEn().isBlank()
                ? packet.callTitleZh()
                : packet.callTitleEn();
    }

    public List<ScoreSheet.Recommendation> getRecommendations() {
        return Arrays.asList(ScoreSheet.Recommendation.values());
    }

    public boolean isEditable() {
        return sheet != null && sheet.status() != ScoreSheet.Status.SUBMITTED;
    }

    public boolean isSubmitted() {
        return sheet != null && sheet.status() == ScoreSheet.Status.SUBMITTED;
    }

    /** Milliseconds of the last save on this page, for the time in the bar; null before one. */
    public Long getSavedAtMillis() {
        return savedAt == null ? null : savedAt.toEpochMilli();
    }

    public String getAssignment() {
        return assignment;
    }

    public void setAssignment(String assignment) {
        this.assignment = assignment;
    }

    public ReviewPacket getPacket() {
        return packet;
    }

    /** The applicant's credit record in figures, beside the application. */
    public CreditSummary getCredit() {
        return packet == null ? null : packet.credit();
    }

    /** Nothing on record: the applicant's first application in the city. */
    public boolean isFirstApplication() {
        CreditSummary credit = getCredit();
        return credit == null || credit.empty();
    }

    public ScoreSheetView getSheet() {
        return sheet;
    }

    public List<CriterionScore> getRows() {
        return rows;
    }

    public ScoreSheet.Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(ScoreSheet.Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public boolean isFound() {
        return packet != null;
    }

    public boolean isNotFound() {
        return notFound;
    }

    /** The sheet changed elsewhere (another device) or was submitted there: the page must be reloaded. */
    public boolean isStale() {
        return stale;
    }

    public boolean isSaveFailed() {
        return saveFailed;
    }
}
