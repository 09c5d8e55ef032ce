package org.seedbed.review.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seedbed.problem.FieldProblem;

/**
 * A call's review rubric (评分标准): weighted criteria. A score sheet's total is on a 0–100 scale:
 * each criterion's score placed on its scale, weighted, summed and divided by the total weight.
 */
public record Rubric(List<RubricCriterion> criteria) {

    private static final Jsonb JSON = JsonbBuilder.create();

    public Rubric {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** The common dimensions of Chinese venture-philanthropy reviews, 100 points in all. */
    public static Rubric standard() {
        return new Rubric(List.of(
                criterion(
                        "NEED",
                        "需求与在地契合",
                        "Need and local fit",
                        25,
                        "需求调研是否充分，是否回应社区真实需求。",
                        "Is the need researched and real in this community?"),
                criterion(
                        "FEASIBILITY",
                        "可行性",
                        "Feasibility",
                        20,
                        "目标、活动与进度安排是否清晰可行。",
                        "Are goals, activities and schedule clear and achievable?"),
                criterion(
                        "INNOVATION",
                        "创新性",
                        "Innovation",
                        15,
                        "服务模式或方法是否有创新。",
                        "Does the project bring a new approach?"),
                criterion(
                        "SUSTAINABILITY",
                        "可持续性",
                        "Sustainability",
                        15,
                        "项目结束后能否持续，是否培育居民自治力量。",
                        "Will it last beyond the grant, building residents’ own capacity?"),
                criterion(
                        "BUDGET",
                        "预算合理性",
                        "Budget reasonableness",
                        15,
                        "预算是否合理、与活动匹配。",
                        "Is the budget reasonable and tied to the activities?"),
                criterion(
                        "CAPACITY",
                        "机构能力",
                        "Organization capacity",
                        10,
                        "团队专业性与过往项目经验。",
                        "Does the team have the skills and track record?")));
    }

    private static RubricCriterion criterion(
            String code, String zh, String en, int weight, String guidanceZh, String guidanceEn) {
        return new RubricCriterion(code, zh, en, weight, 0, 10, guidanceZh, guidanceEn);
    }

    public static Rubric fromJson(String json) {
        return json == null || json.isBlank() ? standard() : JSON.fromJson(json, Rubric.class);
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(RubricCriterion::weight).sum();
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (criteria.isEmpty()) {
            problems.add(FieldProblem.of("criteria", "rubric.empty"));
        }
        Set<String> codes = new HashSet<>();
        for (RubricCriterion c : criteria) {
            if (c.code() == null || !c.code().matches("[A-Z][A-Z0-9_]{0,39}") || !codes.add(c.code())) {
                problems.add(FieldProblem.of("criteria", "rubric.code", c.code()));
            }
            if (c.nameZh() == null || c.nameZh().isBlank()) {
                problems.add(FieldProblem.of("criteria", "rubric.name", c.code()));
            }
            if (c.weight() <= 0 || c.weight() > 100) {
                problems.add(FieldProblem.of("criteria", "rubric.weight", c.code()));
            }
            if (c.min() < 0 || c.max() <= c.min() || c.max() > 100) {
                problems.add(FieldProblem.of("criteria", "rubric.scale", c.code()));
            }
        }
        return problems;
    }
}
