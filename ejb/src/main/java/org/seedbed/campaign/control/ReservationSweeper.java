package org.seedbed.campaign.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.seedbed.tenancy.control.TenantContext;
import org.seedbed.tenancy.control.TenantDirectory;

/** Every five minutes, city by city, gives back the matches held for donations nobody paid. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReservationSweeper {

    private static final Logger LOG = Logger.getLogger(ReservationSweeper.class);

    @Inject
    TenantDirectory directory;

    @Inject
    DonationSweep sweep;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "stale match reservations")
    void everyFiveMinutes() {
        for (String city : directory.activeCities()) {
            try {
                int swept = TenantContext.callAs(city, this::sweepCity);
                if (swept > 0) {
                    LOG.infof("released or settled %d stale donations in %s", swept, city);
                }
            } catch (Exception e) {
                LOG.errorf(e, "sweeping stale reservations failed in %s", city);
            }
        }
    }

    /** Sweeps the current city; returns how many donations changed. */
    public int sweepCity() {
        int changed = 0;
        for (long id : sweep.stale()) {
            try {
                if (sweep.sweep(id)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "donation %d could not be swept", id);
            }
        }
        return changed;
    }
}
