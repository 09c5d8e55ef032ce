package org.seedbed.review.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.seedbed.call.faces.CallFormat;
import org.seedbed.faces.Texts;
import org.seedbed.organization.control.CityCalendar;
import org.seedbed.problem.NotFoundException;
import org.seedbed.review.boundary.Decisions;

/**
 * What pages say about a call's public notice (公示): its times in the city's zone, the way
 * call.xhtml writes deadlines, and whether a call has a notice at all (for the link to
 * notice.xhtml on the public call page).
 */
@Named("noticeFormat")
@RequestScoped
public class NoticeFormat {

    @Inject
    CityCalendar calendar;

    @Inject
    CallFormat format;

    @Inject
    Decisions decisions;

    private final Map<Long, Boolean> published = new HashMap<>();

    /** "2026-12-01 17:00 (China Standard Time)": an instant as the city's wall-clock time, with the zone. */
    public String when(Instant instant) {
        if (instant == null) {
            return Texts.text("common.none");
        }
        return Texts.text(
                "call.timeInZone",
                format.dateTime(LocalDateTime.ofInstant(instant, calendar.zone())),
                format.zone(calendar.zone().getId()));
    }

    /** Whether the call has published its notice; anyone may read it then. */
    public boolean exists(Long callId) {
        if (callId == null) {
            return false;
        }
        return published.computeIfAbsent(callId, id -> {
            try {
                decisions.notice(id);
                return true;
            } catch (NotFoundException none) {
                return false;
            }
        });
    }
}
