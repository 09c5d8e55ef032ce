package org.seedbed.incubation.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.seedbed.incubation.entity.AssessmentKind;
import org.seedbed.incubation.entity.IncubationService;

/**
 * Everything about one incubation: the application, the decision, the agreement, services,
 * milestones and assessments (oldest first, for growth charts), and what the caller may do.
 */
public record IncubationDetail(
        IncubationView summary,
        String motivation,
        String needs,
        String decisionNote,
        String closeReason,
        List<ServiceView> services,
        List<MilestoneView> milestones,
        List<AssessmentView> assessments,
        List<DimensionView> dimensions,
        boolean canManage,
        boolean canAccompany,
        boolean canWithdraw) {

    /** A service given. */
    public record ServiceView(
            long id,
            IncubationService service,
            LocalDate providedOn,
            BigDecimal hours,
            String note,
            String recordedBy) {}

    /** A milestone and whether it was reached. */
    public record MilestoneView(long id, String title, LocalDate dueOn, LocalDate achievedOn) {}

    /** An assessment with its scores by dimension code and their mean. */
    public record AssessmentView(
            long id,
            AssessmentKind kind,
            LocalDate assessedOn,
            String assessor,
            String comment,
            Map<String, Integer> scores,
            double overall) {}
}
