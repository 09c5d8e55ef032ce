package org.seedbed.review.faces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seedbed.review.boundary.MyReviewView;
import org.seedbed.review.entity.ScoreSheet;

/**
 * An expert's applications of one call on reviewer/panels.xhtml, with how many of their sheets are
 * submitted: "3 of 5 submitted" and a bar.
 */
public record ReviewProgress(long callId, String callTitleZh, String callTitleEn, List<MyReviewView> reviews) {

    public ReviewProgress {
        reviews = List.copyOf(reviews);
    }

    /** The assignments grouped by call, in the order the use case lists them (by panel). */
    static List<ReviewProgress> of(List<MyReviewView> assignments) {
        Map<Long, List<MyReviewView>> byCall = new LinkedHashMap<>();
        for (MyReviewView a : assignments) {
            byCall.computeIfAbsent(a.callId(), id -> new ArrayList<>()).add(a);
        }
        List<ReviewProgress> calls = new ArrayList<>();
        byCall.forEach((callId, reviews) -> {
            MyReviewView a = reviews.get(0);
            calls.add(new ReviewProgress(callId, a.callTitleZh(), a.callTitleEn(), reviews));
        });
        return calls;
    }

    public String title(Locale locale) {
        return "zh".equals(locale.getLanguage()) || callTitleEn == null || callTitleEn.isBlank()
                ? callTitleZh
                : callTitleEn;
    }

    public long submitted() {
        return reviews.stream()
                .filter(r -> r.sheetStatus() == ScoreSheet.Status.SUBMITTED)
                .count();
    }

    public int total() {
        return reviews.size();
    }

    /** Whole percent submitted, rounded down so that the bar is full only when all are in. */
    public int percent() {
        return reviews.isEmpty() ? 0 : (int) (submitted() * 100 / reviews.size());
    }

    public boolean done() {
        return !reviews.isEmpty() && submitted() == reviews.size();
    }
}
