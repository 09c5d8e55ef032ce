package org.seedbed.grant.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a grant's mid-term or final evaluation (中期评估/结项评估) is scored: dimensions worth 100
 * points in all, a pass mark, and bonus and penalty items (加分项/扣分项) on top, each kind capped
 * so that a few adjustments cannot outweigh the assessment itself. The default follows the
 * practice of Suzhou's venture-philanthropy evaluations; a call may store its own as JSON.
 *
 * @param penaltyCap the most that penalties may take off, as a magnitude: 10 means at most −10
 */
public record EvaluationRubric(
        List<Dimension> dimensions, BigDecimal passMark, BigDecimal bonusCap, BigDecimal penaltyCap) {

    public static final String EXCELLENT = "EXCELLENT";
    public static final String GOOD = "GOOD";
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal EXCELLENT_FROM = new BigDecimal("90");
    private static final BigDecimal GOOD_FROM = new BigDecimal("75");

    /** One dimension scored from 0 to {@code maxPoints}, with guidance for the evaluator in both languages. */
    public record Dimension(
            String code, String nameZh, String nameEn, BigDecimal maxPoints, String guidanceZh, String guidanceEn) {

        public Dimension {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("a dimension needs a code");
            }
            if (maxPoints == null || maxPoints.signum() <= 0) {
                throw new IllegalArgumentException("dimension " + code + " needs positive maximum points");
            }
        }

        public String name(Locale locale) {
            return "zh".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank() ? nameZh : nameEn;
        }

        public String guidance(Locale locale) {
            return "zh".equals(locale.getLanguage()) || guidanceEn == null || guidanceEn.isBlank()
                    ? guidanceZh
                    : guidanceEn;
        }
    }

    /** A bonus (positive points) or a penalty (negative points), e.g. for media coverage or a late report. */
    public record Adjustment(String code, BigDecimal points, String note) {}

    /**
     * An evaluation's result, all with two decimals: the dimensions' sum, the capped bonus (zero or
     * more), the capped penalty (zero or less), the total and its grade: {@link EvaluationRubric#EXCELLENT}
     * (优秀), {@link EvaluationRubric#GOOD} (良好), {@link EvaluationRubric#PASS} (合格) or {@link
     * EvaluationRubric#FAIL} (不合格).
     */
    public record Score(
            BigDecimal base, BigDecimal bonus, BigDecimal penalty, BigDecimal total, boolean passed, String grade) {}

    public EvaluationRubric {
        if (dimensions == null || dimensions.isEmpty()) {
            throw new IllegalArgumentException("a rubric needs at least one dimension");
        }
        dimensions = List.copyOf(dimensions);
        Set<String> codes = new HashSet<>();
        BigDecimal points = BigDecimal.ZERO;
        for (Dimension d : dimensions) {
            if (!codes.add(d.code())) {
                throw new IllegalArgumentException("dimension " + d.code() + " appears twice");
            }
            points = points.add(d.maxPoints());
        }
        // Grades and the pass mark are on a 100-point scale.
        if (points.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException(
                    "the dimensions must be worth 100 points in all, not " + points.toPlainString());
        }
        Objects.requireNonNull(passMark, "passMark");
        Objects.requireNonNull(bonusCap, "bonusCap");
        Objects.requireNonNull(penaltyCap, "penaltyCap");
        if (passMark.signum() < 0 || passMark.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("the pass mark must be between 0 and 100, not " + passMark);
        }
        if (bonusCap.signum() < 0) {
            throw new IllegalArgumentException("the bonus cap cannot be negative: " + bonusCap);
        }
        // People write the penalty cap as −10 as often as 10; both mean the same.
        penaltyCap = penaltyCap.abs();
    }

    /**
     * The Suzhou-style evaluation: implementation 35, inputs 15, financial management 20 and
     * outcomes 30 points; 60 to pass; bonuses (e.g. media coverage, an innovation award) up to +5,
     * penalties (e.g. late reports, a safety incident) down to −10.
     */
    public static EvaluationRubric suzhou() {
        return new EvaluationRubric(
                List.of(
                        new Dimension(
                                "IMPLEMENTATION",
                                "项目实施",
                                "Implementation",
                                new BigDecimal("35"),
                                "活动是否按协议计划开展，进度与服务人次是否达到要求；签到表、照片、活动记录等过程资料是否齐全；居民与志愿者的参与程度。",
                                "Were the activities run as the agreement planned, on schedule and reaching the agreed"
                                        + " number of people? Are the process records (sign-in sheets, photos, activity"
                                        + " logs) complete? How far did residents and volunteers take part?"),
                        new Dimension(
                                "INPUTS",
                                "项目投入",
                                "Inputs",
                                new BigDecimal("15"),
                                "专职人员与持证社工是否按申报配置到位，督导与培训是否落实；志愿者、场地等社区资源及配套资金是否按承诺投入。",
                                "Was the team in place as proposed, with full-time staff and certified social workers,"
                                        + " supervision and training? Were volunteers, venues and other community"
                                        + " resources, and any matching funds, committed as promised?"),
                        new Dimension(
                                "FINANCE",
                                "财务管理",
                                "Financial management",
                                new BigDecimal("20"),
                                "资金是否专款专用、单独核算；支出是否与预算相符、票据是否合规；预算调整是否经过审批；财务报告是否按时提交。",
                                "Is the grant kept apart and accounted for separately? Does spending follow the budget"
                                        + " with proper receipts? Were budget changes approved and financial reports"
                                        + " filed on time?"),
                        new Dimension(
                                "OUTCOMES",
                                "项目成效",
                                "Outcomes",
                                new BigDecimal("30"),
                                "产出与成效指标的完成情况；服务对象满意度；社区问题是否得到改善；项目经验能否持续、推广。",
                                "Were the output and outcome targets met? How satisfied are the beneficiaries? Did"
                                        + " the community's problem get better, and can the approach last or be"
                                        + " repeated elsewhere?")),
                new BigDecimal("60"),
                new BigDecimal("5"),
                new BigDecimal("10"));
    }

    /** A call's stored rubric; none stored means the Suzhou-style default. */
    public static EvaluationRubric fromJson(String json) {
        if (json == null || json.isBlank()) {
            return suzhou();
        }
        EvaluationRubric rubric = JsonHolder.JSONB.fromJson(json, EvaluationRubric.class);
        return rubric == null ? suzhou() : rubric;
    }

    public String toJson() {
        return JsonHolder.JSONB.toJson(this);
    }

    /**
     * Scores an evaluation. Every dimension must be scored, within its maximum; codes the rubric
     * does not know are refused rather than ignored, since they mean the sheet was filled in
     * against another rubric. The total is clamped to 0..100 plus the bonus cap.
     *
     * @param points points by dimension code
     * @param adjustments bonuses (positive) and penalties (negative); may be null or empty
     * @throws IllegalArgumentException naming the dimension at fault
     */
    public Score score(Map<String, BigDecimal> points, List<Adjustment> adjustments) {
        if (points == null) {
            throw new IllegalArgumentException("no points given");
        }
        Set<String> codes = new HashSet<>();
        dimensions.forEach(d -> codes.add(d.code()));
        for (String code : points.keySet()) {
            if (!codes.contains(code)) {
                throw new IllegalArgumentException("unknown dimension " + code);
            }
        }
        BigDecimal base = BigDecimal.ZERO;
        for (Dimension d : dimensions) {
            BigDecimal p = points.get(d.code());
            if (p == null) {
                throw new IllegalArgumentException("dimension " + d.code() + " is not scored");
            }
            if (p.signum() < 0 || p.compareTo(d.maxPoints()) > 0) {
                throw new IllegalArgumentException("dimension " + d.code() + " must be scored from 0 to "
                        + d.maxPoints().toPlainString() + ", not " + p.toPlainString());
            }
            base = base.add(p);
        }
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        for (Adjustment a : adjustments == null ? List.<Adjustment>of() : adjustments) {
            if (a == null || a.points() == null) {
                throw new IllegalArgumentException("adjustment " + (a == null ? null : a.code()) + " has no points");
            }
            if (a.points().signum() > 0) {
                bonus = bonus.add(a.points());
            } else {
                penalty = penalty.add(a.points());
            }
        }
        bonus = twoDecimals(bonus.min(bonusCap));
        penalty = twoDecimals(penalty.max(penaltyCap.negate()));
        base = twoDecimals(base);
        BigDecimal total = base.add(bonus).add(penalty).max(BigDecimal.ZERO).min(HUNDRED.add(bonusCap));
        total = twoDecimals(total);
        boolean passed = total.compareTo(passMark) >= 0;
        return new Score(base, bonus, penalty, total, passed, grade(total, passMark));
    }

    /** The grade of a total; below the pass mark is FAIL even when the pass mark is above 75. */
    public static String grade(BigDecimal total, BigDecimal passMark) {
        if (total.compareTo(passMark) < 0) {
            return FAIL;
        }
        if (total.compareTo(EXCELLENT_FROM) >= 0) {
            return EXCELLENT;
        }
        return total.compareTo(GOOD_FROM) >= 0 ? GOOD : PASS;
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Created on first use: a Jsonb instance is costly to build and safe to share between threads. */
    private static final class JsonHolder {
        private static final Jsonb JSONB = JsonbBuilder.create();
    }
}
