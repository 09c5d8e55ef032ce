package org.seedbed.demo.control;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.seedbed.account.boundary.NewUser;
import org.seedbed.account.boundary.Users;
import org.seedbed.account.entity.Role;
import org.seedbed.orgunit.boundary.ImportReport;
import org.seedbed.orgunit.boundary.OrgUnits;
import org.seedbed.tenancy.boundary.NewCity;
import org.seedbed.tenancy.control.CityProvisioner;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantRegistry;
import org.seedbed.tenancy.entity.TenantSpec;

/**
 * The five seed cities with their real districts, streets and communities, and one demo account
 * per role in each, all with {@link #DEMO_PASSWORD}. Cities already present are left alone, so
 * running the demo again keeps what was entered.
 */
@Stateless
@RunAs("CITY_ADMIN")
@jakarta.annotation.security.PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCities {

    private static final Logger LOG = Logger.getLogger(DemoCities.class);

    /** Documented in README: the password of every demo account. */
    public static final String DEMO_PASSWORD = "seedbed-demo-2026";

    record DemoCity(String slug, String nameZh, String nameEn) {}

    record DemoUser(String username, String displayName, Role role) {}

    static final List<DemoCity> CITIES = List.of(
            new DemoCity("suzhou", "苏州市", "Suzhou"),
            new DemoCity("changsha", "长沙市", "Changsha"),
            new DemoCity("hefei", "合肥市", "Hefei"),
            new DemoCity("chengdu", "成都市", "Chengdu"),
            new DemoCity("ningbo", "宁波市", "Ningbo"));

    /** The same usernames in every city: cities are separate worlds. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("officer", "李明 Li Ming", Role.PROGRAM_OFFICER),
            new DemoUser("reviewer", "张华 Zhang Hua", Role.REVIEWER),
            new DemoUser("reviewer2", "王强 Wang Qiang", Role.REVIEWER),
            new DemoUser("reviewer3", "孙丽 Sun Li", Role.REVIEWER),
            new DemoUser("reviewer4", "周涛 Zhou Tao", Role.REVIEWER),
            new DemoUser("reviewer5", "吴芳 Wu Fang", Role.REVIEWER),
            new DemoUser("mentor", "陈静 Chen Jing", Role.MENTOR),
            new DemoUser("evaluator", "黄磊 Huang Lei（明德评估中心）", Role.EVALUATOR),
            new DemoUser("ngo", "刘洋 Liu Yang", Role.NGO_MEMBER),
            new DemoUser("donor", "赵敏 Zhao Min", Role.DONOR));

    @Inject
    CityProvisioner provisioner;

    @Inject
    TenantRegistry registry;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Users users;

    @Inject
    DemoOrganizations organizations;

    @Inject
    DemoCalls calls;

    @Inject
    DemoReviews reviews;

    @Inject
    DemoGrants grants;

    @Inject
    DemoCampaigns campaigns;

    public void seed() {
        for (DemoCity city : CITIES) {
            if (registry.find(city.slug()).isPresent()) {
                continue;
            }
            TenantSpec spec = new TenantSpec(
                    city.slug(),
                    city.nameZh(),
                    city.nameEn(),
                    List.of(city.slug() + ".localhost"),
                    "zh-CN",
                    "CNY",
                    "Asia/Shanghai",
                    null);
            provisioner.create(
                    new NewCity(
                            spec, "admin", "admin@" + city.slug() + ".seedbed.local", "王芳 Wang Fang", DEMO_PASSWORD),
                    "demo");
            TenantContext.runAs(city.slug(), () -> populate(city));
            LOG.infof("demo city %s seeded", city.slug());
        }
    }

    private void populate(DemoCity city) {
        try (InputStream csv = DemoCities.class.getResourceAsStream("/demo/orgunits-" + city.slug() + ".csv");
                Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            ImportReport report = orgUnits.importCsv(reader, false);
            if (!report.applied()) {
                LOG.warnf("demo org units of %s not imported: %s", city.slug(), report.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (DemoUser user : USERS) {
            Set<Role> roles = EnumSet.of(user.role());
            users.create(
                    new NewUser(
                            user.username(),
                            user.username() + "@" + city.slug() + ".seedbed.local",
                            user.displayName(),
                            roles,
                            DEMO_PASSWORD),
                    Locale.forLanguageTag("zh-CN"));
        }
        organizations.populate(city.slug());
        Long reviewedCall = calls.populate(city.nameZh());
        if (reviewedCall != null) {
            reviews.populate(reviewedCall);
        }
        Long awardedCall = calls.awardedCall();
        if (awardedCall != null) {
            grants.populate(awardedCall);
        }
        campaigns.populate(city.nameZh());
    }
}
