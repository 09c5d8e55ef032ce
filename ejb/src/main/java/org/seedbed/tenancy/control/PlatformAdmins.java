package org.seedbed.tenancy.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.seedbed.account.control.AccountStore;
import org.seedbed.account.control.Passwords;
import org.seedbed.account.control.SecretTokens;
import org.seedbed.account.entity.Role;
import org.seedbed.account.entity.UserAccount;
import org.seedbed.audit.control.AuditTrail;
import org.seedbed.demo.control.DemoCities;
import org.seedbed.platform.Settings;

/** The first platform admin, created at the first start of an installation. */
@Stateless
public class PlatformAdmins {

    private static final Logger LOG = Logger.getLogger(PlatformAdmins.class);
    public static final String FIRST_ADMIN = "platform-admin";

    @Inject
    AccountStore accounts;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void ensureOne() {
        TenantContext.clear();
        if (accounts.countWithRole(Role.PLATFORM_ADMIN) > 0) {
            return;
        }
        String password =
                Settings.initialAdminPassword().orElseGet(() -> Settings.demoData() ? DemoCities.DEMO_PASSWORD : null);
        boolean generated = password == null;
        if (generated) {
            password = SecretTokens.newSecret().substring(0, 20) + "7a";
        }
        UserAccount admin = accounts.create(
                FIRST_ADMIN, "platform-admin@seedbed.local", "Platform admin", Locale.forLanguageTag("zh-CN"));
        admin.setPasswordHash(passwords.hash(password));
        admin.grant(Role.PLATFORM_ADMIN);
        admin.activate(Instant.now(clock));
        audit.recordAs("system", "platformAdmin.created", "user", FIRST_ADMIN, null, null);
        if (generated) {
            // Shown once, like other servers' first-start passwords; set SEEDBED_ADMIN_PASSWORD to choose it.
            LOG.warnf("Created platform admin '%s' with generated password: %s", FIRST_ADMIN, password);
        } else {
            LOG.infof("Created platform admin '%s'", FIRST_ADMIN);
        }
    }
}
