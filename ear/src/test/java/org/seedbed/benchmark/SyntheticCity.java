package org.seedbed.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a synthetic city straight into its schema, behind the application's back (only a reindex
 * makes it searchable): districts and streets under the city's root, then organizations with
 * their service areas, calls with their categories and campaigns, each table filled by one
 * set-based statement. Names and texts are realistic Chinese with some English, composed from
 * word lists by hashing each row's number, so the same plan always gives the same texts (dates count
 * back from today) and common words hit many documents while rare ones hit few.
 */
final class SyntheticCity {

    private static final System.Logger LOG = System.getLogger(SyntheticCity.class.getName());

    /** The new org units, for the unit facet of the queries. */
    record Layout(List<Long> districts, List<Long> streets) {

        List<Long> units() {
            List<Long> units = new ArrayList<>(districts);
            units.addAll(streets);
            return units;
        }
    }

    private static final String[][] DISTRICTS = {
        {"包河", "Baohe"}, {"蜀山", "Shushan"}, {"庐阳", "Luyang"}, {"瑶海", "Yaohai"}, {"滨湖", "Binhu"},
        {"经开", "Jingkai"}, {"高新", "Gaoxin"}, {"新站", "Xinzhan"}, {"鼓楼", "Gulou"}, {"玄武", "Xuanwu"},
        {"秦淮", "Qinhuai"}, {"建邺", "Jianye"}, {"江宁", "Jiangning"}, {"浦口", "Pukou"}, {"栖霞", "Qixia"},
        {"雨花", "Yuhua"}, {"六合", "Luhe"}, {"溧水", "Lishui"}, {"高淳", "Gaochun"}, {"海曙", "Haishu"},
        {"江北", "Jiangbei"}, {"镇海", "Zhenhai"}, {"北仑", "Beilun"}, {"鄞州", "Yinzhou"}
    };

    private static final String[][] STREETS = {
        {"望湖", "Wanghu"}, {"骆岗", "Luogang"}, {"芜湖路", "Wuhulu"}, {"包公", "Baogong"}, {"万年埠", "Wannianbu"},
        {"常青", "Changqing"}, {"义城", "Yicheng"}, {"烟墩", "Yandun"}, {"同安", "Tongan"}, {"大圩", "Dawei"},
        {"淝河", "Feihe"}, {"方兴", "Fangxing"}, {"桃花", "Taohua"}, {"琥珀", "Hupo"}, {"五里墩", "Wulidun"},
        {"西园", "Xiyuan"}, {"三里庵", "Sanlian"}, {"稻香村", "Daoxiangcun"}, {"南七", "Nanqi"}, {"笔架山", "Bijiashan"},
        {"井岗", "Jinggang"}, {"荷叶地", "Heyedi"}, {"双岗", "Shuanggang"}, {"杏林", "Xinglin"}, {"海棠", "Haitang"},
        {"林店", "Lindian"}, {"逍遥津", "Xiaoyaojin"}, {"三孝口", "Sanxiaokou"}, {"亳州路", "Bozhoulu"}, {"杏花村", "Xinghuacun"}
    };

    /** First the most common: picked with a skew, so 养老 names a quarter of the organizations, 非遗 3%. */
    private static final String[][] SERVICES = {
        {
            "养老",
            "Elderly Care",
            "ELDERLY",
            "为社区高龄、独居老人提供助餐、日间照料和上门探访",
            "Meals, day care and home visits for older residents."
        },
        {"社区", "Community", "COMMUNITY_GOVERNANCE", "组织社区议事会，推动居民自治和邻里互助", "Neighbourhood councils and mutual help."},
        {
            "志愿",
            "Volunteer",
            "VOLUNTEERING",
            "招募和培训社区志愿者，参与应急救援和便民服务",
            "Volunteers trained for emergencies and everyday help."
        },
        {
            "儿童",
            "Children",
            "CHILDREN_YOUTH",
            "开展课后托管与亲子阅读，关爱留守儿童",
            "After-school care and reading for left-behind children."
        },
        {
            "助餐",
            "Meal Assistance",
            "ELDERLY",
            "运营社区长者食堂，为行动不便的老人送餐上门",
            "A canteen for seniors and meals delivered at home."
        },
        {"环保", "Environmental", "ENVIRONMENT", "推动垃圾分类宣传与社区花园营造", "Waste sorting and community gardens."},
        {
            "助残",
            "Disability Support",
            "DISABILITY",
            "为残障人士提供康复训练和就业支持",
            "Rehabilitation and jobs for people with disabilities."
        },
        {"文体", "Culture and Sports", "CULTURE_SPORTS", "举办社区文体活动、广场舞和健步走比赛", "Culture and sports for all ages."},
        {"教育", "Education", "EDUCATION", "为外来务工人员子女提供课业辅导", "Tutoring for the children of migrant workers."},
        {"健康", "Health", "HEALTH", "开展慢病管理和健康讲座", "Health talks and care for chronic illness."},
        {"助学", "Student Aid", "EDUCATION", "为困难家庭学生发放助学金", "Scholarships for students from families in need."},
        {"帮扶", "Poverty Relief", "POVERTY_RELIEF", "为低保和困难家庭提供物资帮扶", "Food and goods for families on low incomes."},
        {"心理", "Counselling", "HEALTH", "开展青少年心理健康辅导和危机干预", "Mental health counselling for young people."},
        {"法律援助", "Legal Aid", "LEGAL_AID", "提供免费法律咨询与矛盾调解", "Free legal advice and mediation."},
        {
            "禁毒",
            "Drug Prevention",
            "COMMUNITY_GOVERNANCE",
            "开展禁毒宣传教育和社区戒毒康复",
            "Drug prevention and community rehabilitation."
        },
        {
            "非遗",
            "Intangible Heritage",
            "CULTURE_SPORTS",
            "传承非物质文化遗产，开设剪纸和黄梅戏课堂",
            "Paper cutting and Huangmei opera classes."
        }
    };

    private static final String[][] BRANDS = {
        {"暖阳", "Warm Sun"}, {"青苗", "Green Sprouts"}, {"银发", "Silver Age"}, {"绿色家园", "Green Home"},
        {"阳光", "Sunshine"}, {"同心", "One Heart"}, {"乐龄", "Happy Age"}, {"春晖", "Spring Light"},
        {"启明", "Morning Star"}, {"爱心", "Caring Hearts"}, {"邻里", "Good Neighbours"}, {"和美", "Harmony"},
        {"向日葵", "Sunflower"}, {"彩虹", "Rainbow"}, {"星光", "Starlight"}, {"善行", "Good Deeds"},
        {"益家", "Better Home"}, {"馨园", "Fragrant Garden"}, {"红枫", "Red Maple"}, {"蒲公英", "Dandelion"},
        {"知行", "Learn and Act"}, {"明德", "Bright Virtue"}, {"惠民", "For the People"}, {"安康", "Wellbeing"}
    };

    /** Name endings and the kind of organization each belongs to. */
    private static final String[][] SUFFIXES = {
        {"服务中心", "Service Center", "SOCIAL_SERVICE_AGENCY"}, {"协会", "Association", "SOCIAL_GROUP"},
        {"社", "Society", "SOCIAL_GROUP"}, {"促进会", "Promotion Association", "SOCIAL_GROUP"},
        {"发展中心", "Development Center", "SOCIAL_SERVICE_AGENCY"}, {"志愿服务队", "Volunteer Team", "COMMUNITY_FILED"},
        {"互助会", "Mutual Aid Group", "COMMUNITY_FILED"}, {"工作室", "Studio", "SOCIAL_SERVICE_AGENCY"},
        {"基金会", "Foundation", "FOUNDATION"}
    };

    private static final String[][] CATEGORIES = {
        {"ELDERLY_CARE", "为老服务", "Elderly care"}, {"CHILDREN", "儿童关爱", "Children"},
        {"DISABILITY", "助残服务", "Disability"}, {"COMMUNITY", "社区治理", "Community governance"},
        {"ENVIRONMENT", "环境保护", "Environment"}, {"CULTURE", "文化体育", "Culture and sports"},
        {"EDUCATION", "教育助学", "Education"}, {"HEALTH", "健康促进", "Health"}
    };

    private static final String[][] CAUSES = {
        {"为独居老人送上一份热饭", "Hot meals for elderly people living alone", "每天为社区独居老人送餐上门，陪他们聊聊天、量量血压。"},
        {"留守儿童暑期课堂", "Summer classes for left-behind children", "为留守儿童开设暑期课堂，提供课业辅导、亲子阅读和安全教育。"},
        {"长者智能手机课堂", "Smartphone classes for seniors", "手把手教老人使用智能手机，学会视频通话、扫码就医和防范电信诈骗。"},
        {"残障青年就业培训", "Job training for young people with disabilities", "为残障青年提供职业技能培训和岗位对接，帮助他们自食其力。"},
        {"困难家庭温暖过冬", "A warm winter for families in need", "为困难家庭送去棉被、取暖器和过冬物资。"},
        {"山区学生助学计划", "Scholarships for students in the mountains", "资助山区家庭困难学生完成学业，每人每年三千元助学金。"},
        {"社区图书角", "A reading corner for the neighbourhood", "在社区建一间图书角，募集图书和书架，让孩子就近读书。"},
        {"适老化改造", "Safer homes for older people", "为高龄独居老人家中安装扶手、防滑地垫和紧急呼叫器。"},
        {"自闭症儿童康复", "Therapy for autistic children", "为自闭症儿童提供康复训练，减轻家庭负担。"},
        {"河道清洁行动", "River clean-up", "组织志愿者定期清理河道垃圾，宣传垃圾分类。"},
        {"环卫工人爱心驿站", "Rest stops for street cleaners", "为环卫工人和快递小哥提供歇脚、热水和午餐加热的爱心驿站。"},
        {"非遗进社区", "Intangible heritage in the community", "请非遗传承人走进社区，开设剪纸、黄梅戏和庐剧课堂。"}
    };

    /**
     * A row's number hashed to [0, 1) with PostgreSQL's own integer hash (the same on every run),
     * and a 1-based index into a list of that length; a skew above 1 favours the first entries.
     */
    private static final String FUNCTIONS =
            """
            create function pg_temp.share(n bigint, salt int) returns float8 language sql immutable as
              $$ select (hashint8extended(n, salt) & 2147483647)::float8 / 2147483648 $$;
            create function pg_temp.pick(length int, n bigint, salt int, skew float8) returns int language sql immutable as
              $$ select 1 + floor(length * power(pg_temp.share(n, salt), skew))::int $$;
            """;

    private static final String DISTRICT_ROWS =
            """
            create temp table bench_district on commit drop as
            select d as n, nextval(pg_get_serial_sequence('org_unit', 'id')) as id,
                   w.zh[1 + d % cardinality(w.zh)] || coalesce(nullif(d / cardinality(w.zh) + 1, 1)::text, '') as word_zh,
                   w.en[1 + d % cardinality(w.en)] || coalesce(' ' || nullif(d / cardinality(w.en) + 1, 1)::text, '') as word_en
            from generate_series(0, {districts} - 1) d, (select {districtZh} as zh, {districtEn} as en) w;
            insert into org_unit (id, parent_id, level, name_zh, name_en, sort_order, created_at)
            select id, (select id from org_unit where parent_id is null), 'DISTRICT', word_zh || '区',
                   word_en || ' District', n, now()
            from bench_district;
            """;

    /** Ten streets to a district; street n takes word n of the list, so no two in a district share a name. */
    private static final String STREET_ROWS =
            """
            create temp table bench_street on commit drop as
            select s as n, nextval(pg_get_serial_sequence('org_unit', 'id')) as id, d.id as district_id,
                   d.word_zh as district_zh, d.word_en as district_en,
                   w.zh[1 + s % cardinality(w.zh)] as word_zh, w.en[1 + s % cardinality(w.en)] as word_en
            from generate_series(0, {streets} - 1) s
            join bench_district d on d.n = s / {streetsPerDistrict}
            cross join (select {streetZh} as zh, {streetEn} as en) w;
            insert into org_unit (id, parent_id, level, name_zh, name_en, sort_order, created_at)
            select id, district_id, 'STREET', word_zh || '街道', word_en || ' Subdistrict', n % {streetsPerDistrict}, now()
            from bench_street;
            """;

    /** The words of organizations, calls and campaigns, one row every statement below joins. */
    private static final String WORDS =
            """
            create temp table bench_words on commit drop as
            select {serviceZh} as service_zh, {serviceEn} as service_en, {serviceArea} as service_area,
                   {activityZh} as activity_zh, {activityEn} as activity_en,
                   {brandZh} as brand_zh, {brandEn} as brand_en,
                   {suffixZh} as suffix_zh, {suffixEn} as suffix_en, {suffixKind} as suffix_kind, {areas} as areas,
                   {categoryCode} as category_code, {categoryZh} as category_zh, {categoryEn} as category_en,
                   {causeZh} as cause_zh, {causeEn} as cause_en, {storyZh} as story_zh;
            """;

    /**
     * Each organization's words, picked once so that its name, text and areas agree; its text adds
     * an activity of another service ({@code other} steps ahead, never round to its own).
     */
    private static final String ORGANIZATION_ROWS =
            """
            create temp table bench_org on commit drop as
            select o as n, nextval('organization_id_seq') as id,
                   pg_temp.pick(cardinality(w.service_zh), o, 1, 2.0) as service,
                   floor((cardinality(w.service_zh) - 1) * pg_temp.share(o, 2))::int as other,
                   pg_temp.pick(cardinality(w.brand_zh), o, 3, 1.0) as brand,
                   pg_temp.pick(cardinality(w.suffix_zh), o, 4, 1.3) as suffix,
                   floor({streets} * pg_temp.share(o, 5))::int as street
            from generate_series(0, {organizations} - 1) o, bench_words w;
            insert into organization (id, name_zh, name_en, kind, registration, org_unit_id, founded_on, description,
                                      status, created_at, updated_at)
            select o.id,
                   s.word_zh || w.brand_zh[o.brand] || w.service_zh[o.service] || w.suffix_zh[o.suffix],
                   w.brand_en[o.brand] || ' ' || s.word_en || ' ' || w.service_en[o.service] || ' ' || w.suffix_en[o.suffix],
                   w.suffix_kind[o.suffix],
                   case when w.suffix_kind[o.suffix] = 'COMMUNITY_FILED' then 'FILED' else 'REGISTERED' end,
                   s.id,
                   date '2000-01-01' + floor(9000 * pg_temp.share(o.n, 6))::int,
                   '立足' || s.district_zh || '区' || s.word_zh || '街道，' || w.activity_zh[o.service] || '；同时'
                     || w.activity_zh[(o.service + o.other) % cardinality(w.activity_zh) + 1] || '。' || case when o.n % 3 = 0 then ' ' || w.activity_en[o.service] else '' end,
                   case when o.n % 20 = 7 then 'SUBMITTED' when o.n % 50 = 13 then 'DRAFT' else 'VERIFIED' end,
                   now(), now()
            from bench_org o join bench_street s on s.n = o.street, bench_words w;
            """;

    /** The area of the organization's service and, for every other one, a second area. */
    private static final String SERVICE_AREAS =
            """
            insert into organization_service_area (organization_id, area)
            select o.id, w.service_area[o.service] from bench_org o, bench_words w
            union all
            select o.id, w.areas[pg_temp.pick(cardinality(w.areas), o.n, 7, 1.0)] from bench_org o, bench_words w
            where o.n % 2 = 1
            on conflict do nothing;
            """;

    /**
     * A third are street micro calls (公益微创投), the rest district calls; a fifth are open now, a
     * tenth are drafts to open soon, the others closed over the last five years.
     */
    private static final String CALL_ROWS =
            """
            create temp table bench_call on commit drop as
            select planned.*,
                   date_trunc('day', now()) + interval '9 hours'
                     + case planned.status
                         when 'DRAFT' then 10 + floor(50 * pg_temp.share(planned.n, 13))::int
                         when 'PUBLISHED' then -floor(50 * pg_temp.share(planned.n, 13))::int
                         else -(70 + floor(1800 * pg_temp.share(planned.n, 13))::int) end
                     * interval '1 day' as opens_at
            from (select c as n, nextval(pg_get_serial_sequence('funding_call', 'id')) as id,
                         pg_temp.pick(cardinality(w.service_zh), c, 11, 1.5) as service,
                         floor({streets} * pg_temp.share(c, 12))::int as street,
                         c % 3 = 0 as micro,
                         case when c % 10 = 9 then 'DRAFT' when c % 10 < 2 then 'PUBLISHED' else 'CLOSED' end as status
                  from generate_series(0, {calls} - 1) c, bench_words w) planned;
            insert into funding_call (id, org_unit_id, title_zh, title_en, description_zh, description_en, fund_total_minor,
                                      currency, opens_at, deadline_at, stages, status, eligibility, form_draft, created_by,
                                      created_at, published_at)
            select c.id,
                   case when c.micro then s.id else s.district_id end,
                   extract(year from c.opens_at)::int || '年' || s.district_zh || '区'
                     || case when c.micro then s.word_zh || '街道' || w.service_zh[c.service] || '公益微创投'
                        else w.service_zh[c.service] || '服务公益创投' end,
                   extract(year from c.opens_at)::int || ' ' || s.district_en
                     || case when c.micro then ' ' || s.word_en || ' ' || w.service_en[c.service] || ' Micro Grants'
                        else ' ' || w.service_en[c.service] || ' Venture Philanthropy' end,
                   '面向' || s.district_zh || '区依法登记或备案的社会组织征集' || w.service_zh[c.service] || '类公益项目，重点支持'
                     || w.activity_zh[c.service] || '的项目。',
                   'Open to organizations registered in ' || s.district_en || '. ' || w.activity_en[c.service],
                   case when c.micro then 10 + floor(41 * pg_temp.share(c.n, 14))::bigint
                        else 50 + floor(451 * pg_temp.share(c.n, 14))::bigint end * 1000000,
                   'CNY', c.opens_at, c.opens_at + interval '60 days', 'ONE_STAGE',
                   c.status, '[]', '{"pages":[]}', 'bench', least(now(), c.opens_at - interval '7 days'),
                   case when c.status <> 'DRAFT' then c.opens_at end
            from bench_call c join bench_street s on s.n = c.street, bench_words w;
            insert into call_category (call_id, code, name_zh, name_en, sort_order)
            select c.id, w.category_code[k], w.category_zh[k], w.category_en[k], j
            from bench_call c cross join generate_series(0, 3) j, bench_words w,
                 lateral (select 1 + (c.n + j) % cardinality(w.category_code) as k) category
            where j < 2 + c.n % 3;
            """;

    /**
     * Campaigns of random organizations, titled with their street: 45% raising money now, 40% ended,
     * the rest drafts, waiting for approval or cancelled.
     */
    private static final String CAMPAIGN_ROWS =
            """
            insert into campaign (organization_id, title_zh, title_en, story_zh, story_en, goal_minor, currency, starts_at,
                                  ends_at, status, created_by, created_at, approved_by, approved_at)
            select o.id,
                   s.word_zh || '·' || w.cause_zh[x.cause],
                   w.cause_en[x.cause] || ' in ' || s.word_en,
                   s.word_zh || w.brand_zh[o.brand] || w.service_zh[o.service] || w.suffix_zh[o.suffix] || '发起：'
                     || w.story_zh[x.cause],
                   case when x.n % 4 = 0 then w.cause_en[x.cause] || ', by ' || w.brand_en[o.brand] || '.' end,
                   (1 + floor(100 * power(pg_temp.share(x.n, 22), 2))::bigint) * 1000000,
                   'CNY', x.starts_at, x.ends_at, x.status, 'bench', least(now(), x.starts_at - interval '7 days'),
                   case when x.status in ('ACTIVE', 'ENDED') then 'bench' end,
                   case when x.status in ('ACTIVE', 'ENDED') then x.starts_at - interval '1 day' end
            from (select t.*,
                         t.starts_at + (case when t.status in ('ENDED', 'CANCELLED') then 30 else 90 end + t.n % 91)
                           * interval '1 day' as ends_at
                  from (select r.*,
                               date_trunc('day', now()) + interval '9 hours'
                                 + case when r.status in ('DRAFT', 'PENDING') then 5 + floor(40 * pg_temp.share(r.n, 24))::int
                                        when r.status = 'ACTIVE' then -floor(60 * pg_temp.share(r.n, 24))::int
                                        else -(120 + floor(1500 * pg_temp.share(r.n, 24))::int) end
                                 * interval '1 day' as starts_at
                        from (select c as n,
                                     pg_temp.pick(cardinality(w.cause_zh), c, 21, 1.5) as cause,
                                     floor({organizations} * pg_temp.share(c, 23))::int as organization,
                                     case when c % 20 = 0 then 'DRAFT' when c % 20 = 1 then 'PENDING'
                                          when c % 20 = 2 then 'CANCELLED' when c % 20 < 11 then 'ENDED'
                                          else 'ACTIVE' end as status
                              from generate_series(0, {campaigns} - 1) c, bench_words w) r) t) x
            join bench_org o on o.n = x.organization
            join bench_street s on s.n = o.street
            cross join bench_words w;
            """;

    private SyntheticCity() {}

    /** Writes the plan's documents into the city and commits; answers the new org units. */
    static Layout write(Connection connection, String city, CityPlan plan) throws SQLException {
        Map<String, Object> values = values(plan);
        Layout layout;
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema(city));
            connection.setAutoCommit(false);
            try {
                run(statement, "functions", FUNCTIONS, values);
                run(statement, plan.districts() + " districts", DISTRICT_ROWS, values);
                run(statement, plan.streets() + " streets", STREET_ROWS, values);
                run(statement, "word lists", WORDS, values);
                run(statement, plan.organizations() + " organizations", ORGANIZATION_ROWS, values);
                run(statement, "their service areas", SERVICE_AREAS, values);
                run(statement, plan.calls() + " calls with their categories", CALL_ROWS, values);
                run(statement, plan.campaigns() + " campaigns", CAMPAIGN_ROWS, values);
                layout = new Layout(
                        ids(statement, "select id from bench_district order by n"),
                        ids(statement, "select id from bench_street order by n"));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            run(
                    statement,
                    "planner statistics",
                    "analyze org_unit, organization, organization_service_area, funding_call, call_category, campaign",
                    values);
        }
        return layout;
    }

    /** The districts and then the streets of a city written earlier, in the order {@link #write} answers them. */
    static List<Long> units(Connection connection, String city) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema(city));
            List<Long> units = ids(statement, "select id from org_unit where level = 'DISTRICT' order by sort_order");
            units.addAll(ids(statement, "select id from org_unit where level = 'STREET' order by id"));
            return units;
        }
    }

    static String schema(String city) {
        return "city_" + city.replace('-', '_');
    }

    private static void run(Statement statement, String what, String template, Map<String, Object> values)
            throws SQLException {
        long started = System.nanoTime();
        statement.execute(fill(template, values));
        LOG.log(
                System.Logger.Level.INFO,
                String.format("  %s written in %.1f s", what, (System.nanoTime() - started) / 1e9));
    }

    /** Replaces each {name} with its value: numbers as they are, word lists as SQL arrays. */
    static String fill(String template, Map<String, Object> values) {
        String sql = template;
        for (Map.Entry<String, Object> value : values.entrySet()) {
            sql = sql.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return sql;
    }

    private static Map<String, Object> values(CityPlan plan) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("districts", plan.districts());
        values.put("streets", plan.streets());
        values.put("streetsPerDistrict", CityPlan.STREETS_PER_DISTRICT);
        values.put("organizations", plan.organizations());
        values.put("calls", plan.calls());
        values.put("campaigns", plan.campaigns());
        values.put("districtZh", array(DISTRICTS, 0));
        values.put("districtEn", array(DISTRICTS, 1));
        values.put("streetZh", array(STREETS, 0));
        values.put("streetEn", array(STREETS, 1));
        values.put("serviceZh", array(SERVICES, 0));
        values.put("serviceEn", array(SERVICES, 1));
        values.put("serviceArea", array(SERVICES, 2));
        values.put("activityZh", array(SERVICES, 3));
        values.put("activityEn", array(SERVICES, 4));
        values.put("brandZh", array(BRANDS, 0));
        values.put("brandEn", array(BRANDS, 1));
        values.put("suffixZh", array(SUFFIXES, 0));
        values.put("suffixEn", array(SUFFIXES, 1));
        values.put("suffixKind", array(SUFFIXES, 2));
        values.put("areas", array(QueryMix.AREAS));
        values.put("categoryCode", array(CATEGORIES, 0));
        values.put("categoryZh", array(CATEGORIES, 1));
        values.put("categoryEn", array(CATEGORIES, 2));
        values.put("causeZh", array(CAUSES, 0));
        values.put("causeEn", array(CAUSES, 1));
        values.put("storyZh", array(CAUSES, 2));
        return values;
    }

    /** Column {@code column} of the rows as a SQL text array. */
    static String array(String[][] rows, int column) {
        return array(Arrays.stream(rows).map(row -> row[column]).toList());
    }

    static String array(List<String> words) {
        return words.stream()
                .map(word -> "'" + word.replace("'", "''") + "'")
                .collect(Collectors.joining(",", "array[", "]::text[]"));
    }

    private static List<Long> ids(Statement statement, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
