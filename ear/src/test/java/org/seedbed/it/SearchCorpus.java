package org.seedbed.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The relevance test set's documents, written straight into a city's tables (behind the
 * application's back, so only a reindex makes them searchable): organizations, calls, campaigns,
 * applications and a grant about elderly care, children and the environment, plus unlisted ones
 * (a draft call, an unverified organization, a draft campaign, a draft application) that must
 * never be found by the public.
 */
final class SearchCorpus {

    final String city;
    final Map<String, Long> ids = new LinkedHashMap<>();

    private SearchCorpus(String city) {
        this.city = city;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("seedbed.test.db.url"),
                System.getProperty("seedbed.test.db.user"),
                System.getProperty("seedbed.test.db.password"));
    }

    static String schema(String city) {
        return "city_" + city.replace('-', '_');
    }

    /** Writes the set into the city; {@code prefix} starts every Chinese name (the city's own mark). */
    static SearchCorpus write(String city, String prefix) throws SQLException {
        SearchCorpus corpus = new SearchCorpus(city);
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema(city));
            long root = single(s, "select id from org_unit where parent_id is null");
            long baohe = corpus.unit(c, "D1", root, "DISTRICT", prefix + "包河区", "Baohe");
            long luogang = corpus.unit(c, "S1", baohe, "STREET", prefix + "骆岗街道", "Luogang");
            long shushan = corpus.unit(c, "D2", root, "DISTRICT", prefix + "蜀山区", "Shushan");

            corpus.organization(
                    c,
                    "elderlyCare",
                    prefix + "暖阳社区养老服务中心",
                    "Sunshine Community Elderly Care Center",
                    "SOCIAL_SERVICE_AGENCY",
                    "VERIFIED",
                    luogang,
                    "2018-05-01",
                    "为社区高龄、独居老人提供助餐、日间照料和上门探访服务。",
                    "ELDERLY");
            corpus.organization(
                    c,
                    "children",
                    prefix + "青苗儿童成长社",
                    "Green Sprouts Children's Club",
                    "SOCIAL_GROUP",
                    "VERIFIED",
                    shushan,
                    "2020-09-01",
                    "开展课后托管与亲子阅读，关爱留守儿童。Supports left-behind children after school.",
                    "CHILDREN_YOUTH");
            corpus.organization(
                    c,
                    "volunteers",
                    prefix + "银发志愿者协会",
                    "Silver Volunteers Association",
                    "SOCIAL_GROUP",
                    "VERIFIED",
                    baohe,
                    "2019-03-01",
                    "退休老人组成的志愿服务队伍，服务社区养老与邻里互助。Retired volunteers caring for the elderly.",
                    "ELDERLY",
                    "VOLUNTEERING");
            corpus.organization(
                    c,
                    "environment",
                    prefix + "绿色家园环保社",
                    "Green Home Environmental Society",
                    "SOCIAL_GROUP",
                    "VERIFIED",
                    shushan,
                    "2021-06-01",
                    "垃圾分类宣传与社区花园营造。",
                    "ENVIRONMENT");
            corpus.organization(
                    c,
                    "unverified",
                    prefix + "老有所养养老互助会",
                    "Elderly Mutual Aid",
                    "COMMUNITY_FILED",
                    "SUBMITTED",
                    baohe,
                    "2022-01-01",
                    "养老互助，尚未通过审核。",
                    "ELDERLY");

            long elderlyCall = corpus.call(
                    c,
                    "elderlyCall",
                    baohe,
                    prefix + "2026年社区养老服务公益创投",
                    "2026 Community Elderly Care Venture Philanthropy",
                    "PUBLISHED",
                    200_000_000L,
                    "2026-03-01",
                    "为老服务类项目优先。Elderly care projects first.",
                    new String[] {"ELDERLY_CARE", "为老服务", "Elderly care"},
                    new String[] {"CHILDREN", "儿童关爱", "Children"});
            corpus.call(
                    c,
                    "draftCall",
                    baohe,
                    prefix + "养老草稿公告",
                    "Elderly draft call",
                    "DRAFT",
                    50_000_000L,
                    "2026-05-01",
                    "尚未发布。",
                    new String[] {"ELDERLY_CARE", "为老服务", "Elderly care"});
            corpus.call(
                    c,
                    "greenCall",
                    shushan,
                    prefix + "2025年环保微创投",
                    "2025 Green Micro Grants",
                    "CLOSED",
                    30_000_000L,
                    "2025-04-01",
                    "社区环保小项目。",
                    new String[] {"ENVIRONMENT", "环境保护", "Environment"});

            corpus.campaign(
                    c,
                    "meals",
                    corpus.ids.get("elderlyCare"),
                    prefix + "为独居老人送温暖",
                    "Warm meals for elderly people living alone",
                    "ACTIVE",
                    5_000_000L,
                    "2026-09-01",
                    "每天为独居老人送上一份热饭。");
            corpus.campaign(
                    c,
                    "draftCampaign",
                    corpus.ids.get("volunteers"),
                    prefix + "养老草稿募捐",
                    "Elderly draft campaign",
                    "DRAFT",
                    3_000_000L,
                    "2026-10-01",
                    "草稿。");

            long form = corpus.formVersion(c, elderlyCall);
            long meals = corpus.submission(
                    c,
                    "mealsApplication",
                    elderlyCall,
                    corpus.ids.get("elderlyCare"),
                    form,
                    prefix + "社区长者助餐计划",
                    "ELDERLY_CARE",
                    15_000_000L,
                    "SUBMITTED",
                    "{\"summary\":\"为80位独居老人提供每日午餐配送\",\"plan\":\"Meal delivery for elderly residents\"}");
            corpus.submission(
                    c,
                    "afterSchool",
                    elderlyCall,
                    corpus.ids.get("children"),
                    form,
                    prefix + "留守儿童课后课堂",
                    "CHILDREN",
                    8_000_000L,
                    "SUBMITTED",
                    "{\"summary\":\"课后辅导与阅读\"}");
            corpus.submission(
                    c,
                    "draftApplication",
                    elderlyCall,
                    corpus.ids.get("volunteers"),
                    form,
                    prefix + "银发助餐草稿",
                    "ELDERLY_CARE",
                    6_000_000L,
                    "DRAFT",
                    "{\"summary\":\"助餐草稿\"}");
            corpus.grant(
                    c,
                    "mealsGrant",
                    meals,
                    elderlyCall,
                    corpus.ids.get("elderlyCare"),
                    prefix + "社区长者助餐计划",
                    12_000_000L,
                    "ACTIVE",
                    "2026-07-01");
        }
        return corpus;
    }

    long id(String name) {
        return ids.get(name);
    }

    /** Changes rows behind the application's back: renames one organization, deletes another. */
    void changeDirectly(String renamed, String newName, String deleted) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema(city));
            s.executeUpdate("update organization set name_zh = '" + newName + "' where id = " + id(renamed));
            s.executeUpdate("delete from organization where id = " + id(deleted));
        }
    }

    private long unit(Connection c, String name, long parent, String level, String zh, String en) throws SQLException {
        return insert(
                c,
                name,
                "insert into org_unit (parent_id, level, name_zh, name_en, created_at)"
                        + " values (?, ?, ?, ?, now()) returning id",
                parent,
                level,
                zh,
                en);
    }

    private void organization(
            Connection c,
            String name,
            String zh,
            String en,
            String kind,
            String status,
            long unit,
            String founded,
            String description,
            String... areas)
            throws SQLException {
        long id = insert(
                c,
                name,
                "insert into organization (name_zh, name_en, kind, registration, org_unit_id,"
                        + " founded_on, description, status, created_at, updated_at)"
                        + " values (?, ?, ?, 'REGISTERED', ?, ?::date, ?, ?, now(), now()) returning id",
                zh,
                en,
                kind,
                unit,
                founded,
                description,
                status);
        for (String area : areas) {
            try (PreparedStatement p =
                    c.prepareStatement("insert into organization_service_area (organization_id, area) values (?, ?)")) {
                p.setLong(1, id);
                p.setString(2, area);
                p.executeUpdate();
            }
        }
    }

    private long call(
            Connection c,
            String name,
            long unit,
            String zh,
            String en,
            String status,
            long fund,
            String opens,
            String description,
            String[]... categories)
            throws SQLException {
        long id = insert(
                c,
                name,
                "insert into funding_call (org_unit_id, title_zh, title_en, description_zh,"
                        + " fund_total_minor, currency, opens_at, deadline_at, stages, status, eligibility, form_draft,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, 'CNY', ?::date, ?::date + 60, 'ONE_STAGE', ?, '[]',"
                        + " '{\"pages\":[]}', 'tests', now()) returning id",
                unit,
                zh,
                en,
                description,
                fund,
                opens,
                opens,
                status);
        int order = 0;
        for (String[] category : categories) {
            try (PreparedStatement p = c.prepareStatement("insert into call_category (call_id, code, name_zh,"
                    + " name_en, sort_order) values (?, ?, ?, ?, ?)")) {
                p.setLong(1, id);
                p.setString(2, category[0]);
                p.setString(3, category[1]);
                p.setString(4, category[2]);
                p.setInt(5, order++);
                p.executeUpdate();
            }
        }
        return id;
    }

    private void campaign(
            Connection c,
            String name,
            long organization,
            String zh,
            String en,
            String status,
            long goal,
            String starts,
            String story)
            throws SQLException {
        insert(
                c,
                name,
                "insert into campaign (organization_id, title_zh, title_en, story_zh, goal_minor, currency,"
                        + " starts_at, ends_at, status, created_by, created_at) values (?, ?, ?, ?, ?, 'CNY', ?::date,"
                        + " ?::date + 90, ?, 'tests', now()) returning id",
                organization,
                zh,
                en,
                story,
                goal,
                starts,
                starts,
                status);
    }

    private long formVersion(Connection c, long call) throws SQLException {
        return insert(
                c,
                "form",
                "insert into call_form_version (call_id, number, definition, published_at)"
                        + " values (?, 1, '{\"pages\":[]}', now()) returning id",
                call);
    }

    private long submission(
            Connection c,
            String name,
            long call,
            long organization,
            long form,
            String title,
            String category,
            long requested,
            String status,
            String answers)
            throws SQLException {
        return insert(
                c,
                name,
                "insert into submission (call_id, organization_id, form_version_id, title,"
                        + " category_code, requested_minor, answers, status, created_by, created_at, updated_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 'tests', '2026-04-01', 'tests', now()) returning id",
                call,
                organization,
                form,
                title,
                category,
                requested,
                answers,
                status);
    }

    private void grant(
            Connection c,
            String name,
            long submission,
            long call,
            long organization,
            String title,
            long amount,
            String status,
            String starts)
            throws SQLException {
        insert(
                c,
                name,
                "insert into project_grant (submission_id, call_id, organization_id, title, amount_minor,"
                        + " currency, status, starts_on, created_by, created_at) values (?, ?, ?, ?, ?, 'CNY', ?, ?::date,"
                        + " 'tests', now()) returning id",
                submission,
                call,
                organization,
                title,
                amount,
                status,
                starts);
    }

    private long insert(Connection c, String name, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                ids.put(name, id);
                return id;
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
