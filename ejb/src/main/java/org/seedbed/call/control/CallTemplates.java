package org.seedbed.call.control;

import java.util.List;
import org.seedbed.call.boundary.CategoryForm;
import org.seedbed.call.form.Choice;
import org.seedbed.call.form.FormDefinition;
import org.seedbed.call.form.FormPage;
import org.seedbed.call.form.Question;
import org.seedbed.call.form.QuestionType;

/**
 * What a new call starts from: Baohe district's six categories and an application form with the
 * pages most calls ask for (the project, its budget, its outcomes, attachments). Officers edit both.
 */
public final class CallTemplates {

    private CallTemplates() {}

    public static List<CategoryForm> baoheCategories() {
        return List.of(
                new CategoryForm("PLATFORM", "平台建设类", "Platform building", null),
                new CategoryForm("CAPACITY", "能力建设类", "Capacity building", null),
                new CategoryForm("GOVERNANCE", "社区治理类", "Community governance", null),
                new CategoryForm("PROFESSIONAL", "专业服务类", "Professional services", null),
                new CategoryForm("ELDERLY", "为老服务类", "Elderly services", null),
                new CategoryForm("COGOVERNANCE_FUND", "社区共治基金类", "Community co-governance fund", null));
    }

    public static FormDefinition standardForm() {
        return new FormDefinition(List.of(
                new FormPage(
                        "project",
                        "项目概况",
                        "The project",
                        List.of(
                                question("summary", QuestionType.LONG_TEXT, "项目简介", "Project summary", true, 50, 2000),
                                question("need", QuestionType.LONG_TEXT, "需求分析", "Needs analysis", true, 50, 3000),
                                question(
                                        "beneficiaries",
                                        QuestionType.NUMBER,
                                        "受益人数",
                                        "Number of beneficiaries",
                                        true,
                                        null,
                                        null),
                                new Question(
                                        "area",
                                        QuestionType.SINGLE_CHOICE,
                                        "服务对象",
                                        "Who the project serves",
                                        null,
                                        null,
                                        true,
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of(
                                                new Choice("elderly", "老年人", "Older people"),
                                                new Choice("children", "儿童青少年", "Children and youth"),
                                                new Choice("disabled", "残障人士", "People with disabilities"),
                                                new Choice("residents", "社区居民", "Residents"))))),
                new FormPage(
                        "budget",
                        "项目预算",
                        "Budget",
                        List.of(question(
                                "budget", QuestionType.BUDGET_TABLE, "预算明细", "Budget lines", true, null, null))),
                new FormPage(
                        "outcomes",
                        "预期成效",
                        "Outcomes",
                        List.of(question(
                                "indicators",
                                QuestionType.INDICATOR_TABLE,
                                "成效指标",
                                "Outcome indicators",
                                true,
                                null,
                                null))),
                new FormPage(
                        "files",
                        "附件",
                        "Attachments",
                        List.of(question("plan", QuestionType.FILE, "项目计划书", "Project plan", false, null, null)))));
    }

    /**
     * The standard letter of intent (意向书) of a two-stage call: one page that says what the project
     * is, why it is needed and roughly what it costs. Keys shared with the proposal form carry the
     * answers over when the organization is invited.
     */
    public static FormDefinition intentForm() {
        return new FormDefinition(List.of(new FormPage(
                "intent",
                "项目意向",
                "Letter of intent",
                List.of(
                        question("summary", QuestionType.LONG_TEXT, "项目简介", "Project summary", true, 50, 800),
                        question("need", QuestionType.LONG_TEXT, "需求分析", "Needs analysis", true, 20, 1000),
                        new Question(
                                "estimate",
                                QuestionType.MONEY,
                                "预计申请金额（元）",
                                "Estimated amount to request (yuan)",
                                "正式申报时以预算表为准。",
                                "The budget table of the full proposal decides the amount.",
                                true,
                                null,
                                null,
                                java.math.BigDecimal.ZERO,
                                null,
                                List.of())))));
    }

    /**
     * The questions a new call's grant reports ask besides narrative, indicators and expenses: how
     * far the project is against its plan, what residents think of it, what got in the way and what
     * comes next — what program officers ask at every 中期 and 结项 review.
     */
    public static FormDefinition reportForm() {
        return new FormDefinition(List.of(new FormPage(
                "report",
                "项目执行情况",
                "How the project is going",
                List.of(
                        new Question(
                                "schedule",
                                QuestionType.SINGLE_CHOICE,
                                "执行进度",
                                "Progress against the plan",
                                null,
                                null,
                                true,
                                null,
                                null,
                                null,
                                null,
                                List.of(
                                        new Choice("on_plan", "按计划推进", "On plan"),
                                        new Choice("slightly_behind", "略有滞后", "Slightly behind"),
                                        new Choice("behind", "明显滞后", "Clearly behind"))),
                        new Question(
                                "satisfaction",
                                QuestionType.NUMBER,
                                "服务对象满意度（%）",
                                "Beneficiaries' satisfaction (%)",
                                "来自满意度问卷；没有问卷可不填。",
                                "From a satisfaction survey; leave empty without one.",
                                false,
                                null,
                                null,
                                java.math.BigDecimal.ZERO,
                                java.math.BigDecimal.valueOf(100),
                                List.of()),
                        question(
                                "difficulties",
                                QuestionType.LONG_TEXT,
                                "困难与调整",
                                "Difficulties and changes",
                                false,
                                null,
                                2000),
                        question(
                                "next_steps",
                                QuestionType.LONG_TEXT,
                                "下阶段计划",
                                "Plans for the next stage",
                                true,
                                10,
                                2000)))));
    }

    private static Question question(
            String key, QuestionType type, String labelZh, String labelEn, boolean required, Integer min, Integer max) {
        return new Question(key, type, labelZh, labelEn, null, null, required, min, max, null, null, List.of());
    }
}
