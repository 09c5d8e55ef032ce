package org.seedbed.tenancy.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.seedbed.account.control.LinkPurge;
import org.seedbed.grant.control.ReportReminders;
import org.seedbed.incubation.control.AgreementReminders;

/**
 * Nightly housekeeping, city by city: each city's work runs as that city (its own schema, its own
 * transaction), and a failure in one city does not stop the others.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    @Inject
    TenantDirectory directory;

    @Inject
    LinkPurge purge;

    @Inject
    AgreementReminders reminders;

    @Inject
    ReportReminders reportReminders;

    @Schedule(hour = "3", minute = "17", persistent = false, info = "nightly housekeeping")
    void nightly() {
        runNow();
    }

    /** Purges used and expired links and tokens in the platform and every city; counts per place. */
    public Map<String, Integer> runNow() {
        Map<String, Integer> purged = new TreeMap<>();
        purged.put(TenantSlug.PLATFORM, purgeIn(TenantSlug.PLATFORM));
        for (String city : directory.activeCities()) {
            purged.put(city, purgeIn(city));
            remindIn(city);
        }
        LOG.infof("housekeeping purged %s", purged);
        return purged;
    }

    private void remindIn(String city) {
        try {
            int reminded = TenantContext.callAs(city, reminders::remind);
            if (reminded > 0) {
                LOG.infof("reminded %d incubations of their ending agreement in %s", reminded, city);
            }
        } catch (Exception e) {
            LOG.errorf(e, "agreement reminders failed in %s", city);
        }
        try {
            int reminded = TenantContext.callAs(city, reportReminders::remind);
            if (reminded > 0) {
                LOG.infof("reminded %d grant reports due or overdue in %s", reminded, city);
            }
        } catch (Exception e) {
            LOG.errorf(e, "report reminders failed in %s", city);
        }
    }

    private int purgeIn(String place) {
        try {
            return TenantContext.callAs(place, purge::purge);
        } catch (Exception e) {
            LOG.errorf(e, "housekeeping failed in %s", place);
            return -1;
        }
    }
}
