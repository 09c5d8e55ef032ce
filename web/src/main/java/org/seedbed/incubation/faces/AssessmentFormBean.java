package org.seedbed.incubation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seedbed.faces.Language;
import org.seedbed.faces.Texts;
import org.seedbed.incubation.boundary.AssessmentForm;
import org.seedbed.incubation.boundary.DimensionView;
import org.seedbed.incubation.boundary.IncubationDetail;
import org.seedbed.incubation.boundary.IncubationDetail.AssessmentView;
import org.seedbed.incubation.boundary.Incubations;
import org.seedbed.incubation.entity.AssessmentKind;
import org.seedbed.problem.SeedbedProblem;

/**
 * The capacity assessment form of work/incubation.xhtml: a score from 0 to 100 for every active
 * dimension. Mentors fill it in on their phones, so each score has a slider and a number field.
 */
@Named
@ViewScoped
public class AssessmentFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One dimension's score in the form, with the latest score as a reference. */
    public static class ScoreRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final Integer previous;
        private Integer score;

        ScoreRow(String code, String name, Integer previous) {
            this.code = code;
            this.name = name;
            this.previous = previous;
            this.score = previous;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public Integer getPrevious() {
            return previous;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }
    }

    @Inject
    Incubations incubations;

    @Inject
    IncubationPageBean page;

    @Inject
    IncubationCalendar calendar;

    @Inject
    Language language;

    private AssessmentKind kind;
    private LocalDate assessedOn;
    private String comment;
    private List<ScoreRow> rows = List.of();

    /** View action after the page's load; also after each saved assessment. */
    public void prefill() {
        IncubationDetail detail = page.getDetail();
        if (detail == null) {
            return;
        }
        List<AssessmentView> done = detail.assessments();
        AssessmentView latest = done.isEmpty() ? null : done.get(done.size() - 1);
        // A baseline first; after that periodic ones, until the officer asks for the final one.
        kind = done.isEmpty() ? AssessmentKind.INITIAL : AssessmentKind.PERIODIC;
        assessedOn = calendar.getToday();
        comment = null;
        List<ScoreRow> fresh = new ArrayList<>();
        for (DimensionView dimension : detail.dimensions()) {
            if (dimension.active()) {
                fresh.add(new ScoreRow(
                        dimension.code(),
                        dimension.name(language.getLocale()),
                        latest == null ? null : latest.scores().get(dimension.code())));
            }
        }
        rows = fresh;
    }

    public List<AssessmentKind> getKinds() {
        return List.of(AssessmentKind.values());
    }

    public void save() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        rows.forEach(row -> scores.put(row.getCode(), row.getScore()));
        try {
            page.show(incubations.assess(page.getId(), new AssessmentForm(kind, assessedOn, scores, comment)));
            Texts.info("incubation.assessment.done");
            prefill();
        } catch (SeedbedProblem problem) {
            FormProblems.show(problem);
        }
    }

    public List<ScoreRow> getRows() {
        return rows;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public void setKind(AssessmentKind kind) {
        this.kind = kind;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
