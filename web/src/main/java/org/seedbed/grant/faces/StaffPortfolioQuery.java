package org.seedbed.grant.faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.seedbed.grant.entity.Grant;

/** The query of the portfolio export (/api/v1/grants/export.xlsx), so the file holds what the page shows. */
final class StaffPortfolioQuery {

    private StaffPortfolioQuery() {}

    /** "status=ACTIVE&call=3&q=..." with only the filters that are set; empty when none is. */
    static String of(Grant.Status status, Long callId, String text) {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add("status=" + status.name());
        }
        if (callId != null) {
            parts.add("call=" + callId);
        }
        if (text != null && !text.isBlank()) {
            parts.add("q=" + URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
