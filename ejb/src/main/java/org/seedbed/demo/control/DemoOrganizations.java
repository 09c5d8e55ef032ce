package org.seedbed.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;
import org.seedbed.account.control.AccountStore;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.incubation.entity.AssessmentKind;
import org.seedbed.incubation.entity.Incubation;
import org.seedbed.incubation.entity.IncubationService;
import org.seedbed.incubation.entity.Incubator;
import org.seedbed.incubation.entity.StaffRole;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.organization.control.OrgUnitScope;
import org.seedbed.organization.control.ProfileDetails;
import org.seedbed.organization.control.RegistryRow;
import org.seedbed.organization.control.RegistrySheet;
import org.seedbed.organization.control.UnifiedSocialCreditCode;
import org.seedbed.organization.entity.MemberRole;
import org.seedbed.organization.entity.Membership;
import org.seedbed.organization.entity.Organization;
import org.seedbed.orgunit.entity.OrgUnit;

/**
 * Organizations, incubators and incubations of a demo city, from {@code demo/organizations-*.csv}
 * and {@code demo/incubators-*.csv}: the first three organizations belong to the demo NGO member
 * (one verified, one awaiting review, one rejected); the others come verified as from the
 * registry. Incubations exist in every stage, with assessments that show capacity growing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoOrganizations {

    private static final Logger LOG = Logger.getLogger(DemoOrganizations.class);
    private static final List<String> DIMENSIONS =
            List.of("GOVERNANCE", "FINANCE", "PROJECT_MANAGEMENT", "FUNDRAISING", "PROFESSIONAL_SERVICE");

    @PersistenceContext(unitName = "seedbed")
    EntityManager em;

    @Inject
    AccountStore accounts;

    @Inject
    OrgUnitScope orgUnitScope;

    @Inject
    CityCalendar calendar;

    @Inject
    Clock clock;

    public void populate(String city) {
        List<Organization> organizations = organizations(city);
        List<Incubator> incubators = incubators(city);
        if (organizations.size() >= 8 && !incubators.isEmpty()) {
            incubations(organizations, incubators);
        }
        LOG.infof("demo %s: %d organizations, %d incubators", city, organizations.size(), incubators.size());
    }

    private List<Organization> organizations(String city) {
        RegistrySheet.Content content;
        try (InputStream csv = resource("/demo/organizations-" + city + ".csv")) {
            content = RegistrySheet.readCsv(csv, n -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> units = orgUnitScope.byPathAndName();
        UserAccount ngo = accounts.byUsername("ngo").orElseThrow();
        Instant now = Instant.now(clock);
        LocalDate today = calendar.today();
        List<Organization> created = new ArrayList<>();
        for (RegistrySheet.Line line : content.lines()) {
            RegistryRow.Outcome row = RegistryRow.of(line, units::get, today);
            if (!row.valid()) {
                LOG.warnf("demo organization on line %d of %s skipped: %s", line.number(), city, row.problems());
                continue;
            }
            String code = row.form().creditCode() == null
                    ? null
                    : UnifiedSocialCreditCode.normalize(row.form().creditCode());
            var details = ProfileDetails.of(
                    row.form(), em.find(OrgUnit.class, row.form().orgUnitId()), code, calendar.currency());
            Organization organization;
            int index = created.size();
            if (index < 3) {
                organization = Organization.draft(details, now.minusSeconds(86_400L * (40 - index)));
                em.persist(organization);
                em.persist(new Membership(organization, ngo, MemberRole.OWNER, now));
                organization.submit(now.minusSeconds(86_400L * (30 - index)));
                if (index == 0) {
                    organization.verify("officer", "资料齐全，登记证书与民政登记一致。", now.minusSeconds(86_400L * 29));
                } else if (index == 2) {
                    organization.reject("officer", "请上传有效期内的登记证书扫描件，并核对成立日期。", now.minusSeconds(86_400L * 5));
                }
            } else {
                organization = Organization.imported(details, "demo", now.minusSeconds(86_400L * 60));
                em.persist(organization);
            }
            created.add(organization);
        }
        return created;
    }

    private List<Incubator> incubators(String city) {
        Map<String, Long> units = orgUnitScope.byPathAndName();
        UserAccount mentor = accounts.byUsername("mentor").orElseThrow();
        UserAccount officer = accounts.byUsername("officer").orElseThrow();
        List<Incubator> created = new ArrayList<>();
        try (Reader reader =
                new InputStreamReader(resource("/demo/incubators-" + city + ".csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                Long unitId = units.get(record.get("org_unit"));
                if (unitId == null) {
                    LOG.warnf(
                            "demo incubator %s of %s skipped: no unit %s",
                            record.get("name_zh"), city, record.get("org_unit"));
                    continue;
                }
                OrgUnit unit = em.find(OrgUnit.class, unitId);
                Incubator incubator =
                        new Incubator(record.get("name_zh"), record.get("name_en"), unit, Instant.now(clock));
                Set<IncubationService> services = Arrays.stream(
                                record.get("services").split(";"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .map(IncubationService::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncubationService.class)));
                incubator.describe(
                        record.get("name_zh"),
                        record.get("name_en"),
                        unit,
                        record.get("address"),
                        Integer.valueOf(record.get("area_sqm")),
                        Integer.parseInt(record.get("workstations")),
                        services,
                        record.get("description_zh"));
                Map<Long, StaffRole> staff = new LinkedHashMap<>();
                staff.put(officer.id(), StaffRole.MANAGER);
                staff.put(mentor.id(), StaffRole.MENTOR);
                incubator.staffWith(staff);
                em.persist(incubator);
                created.add(incubator);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    /** One incubation in every stage; the demo NGO's verified organization is incubating, its agreement ending soon. */
    private void incubations(List<Organization> organizations, List<Incubator> incubators) {
        UserAccount mentor = accounts.byUsername("mentor").orElseThrow();
        LocalDate today = calendar.today();
        Incubator park = incubators.get(0);
        Incubator base = incubators.get(incubators.size() > 1 ? 1 : 0);

        Incubation running =
                admitted(organizations.get(0), park, mentor, today.minusMonths(11), today.plusDays(20), "A-01");
        assess(running, AssessmentKind.INITIAL, today.minusMonths(10), 48, 42, 55, 35, 60);
        assess(running, AssessmentKind.PERIODIC, today.minusMonths(6), 58, 51, 63, 44, 66);
        assess(running, AssessmentKind.PERIODIC, today.minusMonths(1), 67, 60, 72, 52, 74);
        running.recordService(
                IncubationService.TRAINING,
                today.minusMonths(9),
                new BigDecimal("6"),
                "财务制度与票据管理培训",
                "mentor",
                instant(today.minusMonths(9)));
        running.recordService(
                IncubationService.REGISTRATION_HELP,
                today.minusMonths(8),
                new BigDecimal("3"),
                "协助准备民非登记材料",
                "officer",
                instant(today.minusMonths(8)));
        running.recordService(
                IncubationService.SUPERVISION,
                today.minusMonths(2),
                new BigDecimal("2"),
                "项目督导：社区为老服务项目中期",
                "mentor",
                instant(today.minusMonths(2)));
        running.planMilestone("完成民办非企业单位登记", today.minusMonths(7))
                .achieve(today.minusMonths(7).plusDays(12));
        running.planMilestone("建立财务管理制度", today.minusMonths(4)).achieve(today.minusMonths(4));
        running.planMilestone("独立申报一个公益创投项目", today.plusDays(15));

        Incubation graduated =
                admitted(organizations.get(3), park, mentor, today.minusMonths(26), today.minusMonths(2), "A-02");
        assess(graduated, AssessmentKind.INITIAL, today.minusMonths(25), 40, 38, 45, 30, 50);
        assess(graduated, AssessmentKind.PERIODIC, today.minusMonths(14), 55, 52, 60, 46, 62);
        assess(graduated, AssessmentKind.FINAL, today.minusMonths(2), 74, 70, 78, 65, 80);
        graduated.graduate("能力评估达标，顺利出壳，继续承接街道项目。", instant(today.minusMonths(2)));

        Incubation applied = new Incubation(
                organizations.get(4),
                park,
                "希望获得场地与财务规范化支持，提升项目设计能力。",
                "工位 1 个；财务培训",
                "demo",
                instant(today.minusDays(6)));
        em.persist(applied);

        Incubation exited =
                admitted(organizations.get(5), base, mentor, today.minusMonths(14), today.minusMonths(2), null);
        assess(exited, AssessmentKind.INITIAL, today.minusMonths(13), 35, 30, 40, 25, 45);
        exited.exit("核心成员变动，机构暂停运营，经双方协商退出。", instant(today.minusMonths(5)));

        Incubation declined =
                new Incubation(organizations.get(6), base, "申请入驻以获得办公场地。", null, "demo", instant(today.minusMonths(3)));
        em.persist(declined);
        declined.decline(
                "officer",
                "服务领域与本基地重点方向不符，建议申请区级创新园。",
                instant(today.minusMonths(3).plusDays(4)));

        Incubation street =
                admitted(organizations.get(7), base, mentor, today.minusMonths(4), today.plusMonths(8), "B-03");
        assess(street, AssessmentKind.INITIAL, today.minusMonths(4), 45, 40, 50, 33, 52);
    }

    private Incubation admitted(
            Organization organization,
            Incubator incubator,
            UserAccount mentor,
            LocalDate start,
            LocalDate end,
            String desk) {
        Incubation incubation = new Incubation(
                organization,
                incubator,
                "希望通过孵化提升机构治理与项目管理能力。",
                "导师陪伴；财务与项目设计培训",
                "demo",
                instant(start.minusDays(20)));
        em.persist(incubation);
        incubation.admit(start, end, mentor, desk, "officer", "欢迎入驻。", instant(start.minusDays(5)));
        return incubation;
    }

    private void assess(Incubation incubation, AssessmentKind kind, LocalDate on, int... scores) {
        Map<String, Integer> byDimension = new LinkedHashMap<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            byDimension.put(DIMENSIONS.get(i), scores[i]);
        }
        incubation.assess(kind, on, byDimension, null, "mentor", instant(on));
    }

    private static Instant instant(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
    }

    private static InputStream resource(String path) {
        InputStream in = DemoOrganizations.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing demo resource " + path);
        }
        return in;
    }
}
