package org.seedbed.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.logging.Logger;
import org.seedbed.call.boundary.CategoryForm;
import org.seedbed.call.control.CallTemplates;
import org.seedbed.call.control.EligibilityRules;
import org.seedbed.call.entity.CallCategory;
import org.seedbed.call.entity.CallStages;
import org.seedbed.call.entity.FundingCall;
import org.seedbed.call.form.Budget;
import org.seedbed.money.Money;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.entity.Organization;
import org.seedbed.organization.entity.OrganizationStatus;
import org.seedbed.orgunit.entity.OrgUnit;
import org.seedbed.orgunit.entity.OrgUnitLevel;
import org.seedbed.submission.control.ApplicantFactsReader;
import org.seedbed.submission.control.SubmissionViews;
import org.seedbed.submission.entity.Submission;
import org.seedbed.submission.entity.SubmissionStatus;

/**
 * Calls of a demo city: its first district's venture-philanthropy call with Baohe's six
 * categories, open now, and a street's micro call; each with submissions in every state
 * (drafts, submitted, eligible, ineligible, more information requested, withdrawn).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoCalls {

    private static final Logger LOG = Logger.getLogger(DemoCalls.class);

    /** Projects people propose in such calls: title, category, beneficiaries, what it serves. */
    private record Idea(String title, String category, int beneficiaries, String area) {}

    private static final List<Idea> IDEAS = List.of(
            new Idea("银龄互助·独居老人关爱探访", "ELDERLY", 120, "elderly"),
            new Idea("四点半课堂：双职工家庭儿童课后托管", "PROFESSIONAL", 80, "children"),
            new Idea("邻里议事会能力提升计划", "GOVERNANCE", 300, "residents"),
            new Idea("社区社会组织孵化陪伴", "CAPACITY", 25, "residents"),
            new Idea("社区微更新：口袋花园共建", "COGOVERNANCE_FUND", 600, "residents"),
            new Idea("残障青年就业支持与社会融入", "PROFESSIONAL", 40, "disabled"),
            new Idea("垃圾分类志愿者培育", "GOVERNANCE", 500, "residents"),
            new Idea("社区公益服务平台搭建", "PLATFORM", 1000, "residents"),
            new Idea("青少年心理健康支持小组", "PROFESSIONAL", 60, "children"),
            new Idea("老年助餐与健康讲座", "ELDERLY", 200, "elderly"));

    private static final List<SubmissionStatus> OUTCOMES = List.of(
            SubmissionStatus.ELIGIBLE,
            SubmissionStatus.SUBMITTED,
            SubmissionStatus.ELIGIBLE,
            SubmissionStatus.MORE_INFO_REQUESTED,
            SubmissionStatus.INELIGIBLE,
            SubmissionStatus.SUBMITTED,
            SubmissionStatus.DRAFT,
            SubmissionStatus.WITHDRAWN);

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    CityCalendar calendar;

    @Inject
    ApplicantFactsReader facts;

    @Inject
    Clock clock;

    /** Seeds the calls; answers the id of last year's call, whose applications the panel reviewed. */
    public Long populate(String cityNameZh) {
        List<OrgUnit> districts = units(OrgUnitLevel.DISTRICT);
        List<OrgUnit> streets = units(OrgUnitLevel.STREET);
        if (districts.isEmpty()) {
            return null;
        }
        List<Organization> verified = em.createQuery(
                        "select o from Organization o where o.status = :verified order by o.id", Organization.class)
                .setParameter("verified", OrganizationStatus.VERIFIED)
                .getResultList();
        OrgUnit district = districts.get(0);
        FundingCall districtCall = call(
                district,
                calendar.today().getYear() + "年" + district.nameZh() + "公益创投活动",
                district.nameEn() + " venture philanthropy call "
                        + calendar.today().getYear(),
                "面向本区社会组织征集社区服务项目，围绕为老服务、社区治理、专业服务等六类方向，资助期一年。",
                5_000_000,
                50_000,
                200_000,
                10,
                CallTemplates.baoheCategories(),
                0);
        submissions(districtCall, verified, 0, OUTCOMES);
        if (!streets.isEmpty()) {
            OrgUnit street = streets.get(0);
            FundingCall microCall = call(
                    street,
                    street.nameZh() + "公益微创投",
                    english(street) + " micro venture call",
                    "支持扎根社区的小微公益项目，鼓励居民参与、社区社会组织联合申报。",
                    300_000,
                    5_000,
                    30_000,
                    null,
                    List.of(
                            new CategoryForm("ELDERLY", "为老服务类", "Elderly services", new BigDecimal("120000")),
                            new CategoryForm("GOVERNANCE", "社区治理类", "Community governance", new BigDecimal("100000")),
                            new CategoryForm(
                                    "PROFESSIONAL", "专业服务类", "Professional services", new BigDecimal("80000"))),
                    0);
            submissions(microCall, verified, 4, OUTCOMES);
        }
        // Last year's call: closed, every application found eligible, ready for the panel.
        int lastYear = calendar.today().getYear() - 1;
        FundingCall reviewedCall = call(
                district,
                lastYear + "年" + district.nameZh() + "公益创投活动（评审）",
                district.nameEn() + " venture philanthropy call " + lastYear + " (under review)",
                "上一期创投活动：申报已截止，专家评审完成，立项结果正在公示。",
                600_000,
                50_000,
                200_000,
                10,
                CallTemplates.baoheCategories(),
                -60);
        submissions(reviewedCall, verified, 2, java.util.Collections.nCopies(8, SubmissionStatus.ELIGIBLE));
        reviewedCall.close(Instant.now(clock).minusSeconds(86_400L * 38));
        em.flush();
        LOG.infof("demo calls of %s seeded", cityNameZh);
        return reviewedCall.id();
    }

    /** The call of two years ago, whose awards are final and became grants; closed, every application eligible. */
    public Long awardedCall() {
        List<OrgUnit> districts = units(OrgUnitLevel.DISTRICT);
        if (districts.isEmpty()) {
            return null;
        }
        List<Organization> verified = em.createQuery(
                        "select o from Organization o where o.status = :verified order by o.id", Organization.class)
                .setParameter("verified", OrganizationStatus.VERIFIED)
                .getResultList();
        OrgUnit district = districts.get(0);
        int year = calendar.today().getYear() - 2;
        FundingCall call = call(
                district,
                year + "年" + district.nameZh() + "公益创投活动（已立项）",
                district.nameEn() + " venture philanthropy call " + year + " (grants running)",
                "往期创投活动：已立项的项目正在执行、评估或已结项。",
                800_000,
                50_000,
                200_000,
                10,
                CallTemplates.baoheCategories(),
                -420);
        submissions(call, verified, 1, java.util.Collections.nCopies(4, SubmissionStatus.ELIGIBLE));
        call.close(Instant.now(clock).minusSeconds(86_400L * 398));
        em.flush();
        return call.id();
    }

    private FundingCall call(
            OrgUnit unit,
            String titleZh,
            String titleEn,
            String description,
            long fund,
            long minimum,
            long cap,
            Integer cofunding,
            List<CategoryForm> categories,
            int shiftDays) {
        Instant now = Instant.now(clock);
        ZoneId zone = calendar.zone();
        // Shifting every date alike keeps the timeline valid for calls seeded in the past.
        LocalDate today = calendar.today().plusDays(shiftDays);
        FundingCall call = new FundingCall(unit, "officer", now);
        // Eligibility kept to what the demo organizations meet: verified and not debarred.
        EligibilityRules rules = new EligibilityRules(true, java.util.Set.of(), 6, false, true, 2);
        call.describe(new FundingCall.Terms(
                unit,
                titleZh,
                titleEn,
                description,
                null,
                Money.ofMajor(BigDecimal.valueOf(fund), calendar.currency()),
                Money.ofMajor(BigDecimal.valueOf(minimum), calendar.currency()),
                Money.ofMajor(BigDecimal.valueOf(cap), calendar.currency()),
                cofunding,
                today.minusDays(10).atStartOfDay(zone).toInstant(),
                today.plusDays(20).atTime(17, 0).atZone(zone).toInstant(),
                null,
                today.plusDays(35),
                today.plusDays(50),
                today.plusDays(70),
                CallStages.ONE_STAGE,
                rules.toJson(),
                categories.stream()
                        .map(c -> new CallCategory(
                                c.code(),
                                c.nameZh(),
                                c.nameEn(),
                                c.budget() == null
                                        ? null
                                        : Money.ofMajor(c.budget(), calendar.currency())
                                                .minor(),
                                categories.indexOf(c)))
                        .toList()));
        call.editForm(CallTemplates.standardForm().toJson());
        call.editReportForm(CallTemplates.reportForm().toJson());
        em.persist(call);
        call.publish(now.minusSeconds(86_400L * (10 - shiftDays)));
        em.flush();
        return call;
    }

    private void submissions(
            FundingCall call, List<Organization> organizations, int offset, List<SubmissionStatus> outcomes) {
        // Dates follow the call's own timeline, so last year's applications were made last year.
        Instant now = Instant.now(clock).isAfter(call.deadlineAt())
                ? call.deadlineAt().minusSeconds(86_400L * 2)
                : Instant.now(clock);
        for (int i = 0; i < outcomes.size() && i + offset < organizations.size(); i++) {
            Organization organization = organizations.get(i + offset);
            Idea idea = IDEAS.get((i + offset) % IDEAS.size());
            String category = call.category(idea.category()).isPresent()
                    ? idea.category()
                    : call.categories().get(i % call.categories().size()).code();
            Submission submission = new Submission(
                    call,
                    organization,
                    call.currentForm().orElseThrow(),
                    idea.title(),
                    "ngo",
                    now.minusSeconds(86_400L * 8));
            em.persist(submission);
            JsonObject answers = answers(idea, category, call, i);
            Budget budget = Budget.of(answers.getJsonArray("budget"));
            submission.saveDraft(
                    idea.title(),
                    category,
                    answers.toString(),
                    Money.ofMajor(budget.requested(), call.currency()).minor(),
                    "ngo",
                    now.minusSeconds(86_400L * 6));
            em.flush();
            SubmissionStatus outcome = outcomes.get(i);
            if (outcome == SubmissionStatus.DRAFT) {
                continue;
            }
            submission.submit(
                    "GY%03d-%s-%05d".formatted(call.id(), "DEMO", submission.id()),
                    SubmissionViews.toJson(facts.evaluate(submission)),
                    "ngo",
                    now.minusSeconds(86_400L * (5 - i % 3)));
            switch (outcome) {
                case WITHDRAWN -> submission.withdraw("ngo", now.minusSeconds(86_400L));
                case ELIGIBLE -> submission.screen(outcome, "材料齐全，符合申报条件。", null, "officer", now);
                case INELIGIBLE -> submission.screen(outcome, "项目服务范围不在本次创投支持方向内。", null, "officer", now);
                case MORE_INFO_REQUESTED ->
                    submission.screen(outcome, "请补充项目执行团队简历和近一年财务审计报告。", now.plusSeconds(86_400L * 7), "officer", now);
                default -> {}
            }
        }
        em.flush();
    }

    private static JsonObject answers(Idea idea, String category, FundingCall call, int seed) {
        // Sized to the call: district projects ask ¥55,500–166,500, micro projects ¥11,100–22,200,
        // each with about a tenth paid by the organization and co-funders.
        boolean micro = call.budgetCap() != null && call.budgetCap().major().intValue() < 50_000;
        int scale = micro ? 1 + seed % 2 : 1 + seed % 3;
        int divisor = micro ? 5 : 1;
        JsonArrayBuilder budget = Json.createArrayBuilder()
                .add(line(category, "专业社工服务费", 300, 120 * scale / divisor, 0, 0))
                .add(line(category, "活动物料与场地", 2000, 10 * scale / divisor, 5000 * scale / divisor, 0))
                .add(line(category, "志愿者培训与保险", 150, 40 * scale / divisor, 0, 1500 * scale / divisor));
        return Json.createObjectBuilder()
                .add("summary", idea.title() + "：以社区为平台，整合社工、志愿者与居民力量，开展常态化服务，形成可复制的服务模式。")
                .add("need", "前期走访发现，社区内相关群体需求集中，现有服务覆盖不足，居民参与意愿较强，具备开展项目的基础。")
                .add("beneficiaries", idea.beneficiaries())
                .add("area", idea.area())
                .add("budget", budget)
                .add(
                        "indicators",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "服务人次")
                                        .add("unit", "人次")
                                        .add("baseline", 0)
                                        .add("target", idea.beneficiaries() * 6))
                                .add(Json.createObjectBuilder()
                                        .add("name", "志愿服务时长")
                                        .add("unit", "小时")
                                        .add("baseline", 0)
                                        .add("target", 300 * scale)))
                .add("plan", Json.createArrayBuilder())
                .build();
    }

    private static JsonObject line(String category, String item, int unitCost, int quantity, int own, int cofunding) {
        return Json.createObjectBuilder()
                .add("category", category)
                .add("item", item)
                .add("unitCost", unitCost)
                .add("quantity", quantity)
                .add("own", own)
                .add("cofunding", cofunding)
                .build();
    }

    private static String english(OrgUnit unit) {
        return unit.nameEn() == null || unit.nameEn().isBlank() ? unit.nameZh() : unit.nameEn();
    }

    private List<OrgUnit> units(OrgUnitLevel level) {
        return em.createQuery(
                        "select u from OrgUnit u where u.level = :level order by u.sortOrder, u.id", OrgUnit.class)
                .setParameter("level", level)
                .getResultList();
    }
}
