package org.seedbed.campaign.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.seedbed.campaign.boundary.CampaignView;
import org.seedbed.campaign.entity.Campaign;

/**
 * The officers' campaign list: campaigns waiting for approval come first (otherwise newest first,
 * as the use case gives them), and each status's count for the chips above the list.
 */
public final class StaffCampaignList {

    /** How many campaigns have a status. */
    public record StatusCount(Campaign.Status status, long count) implements Serializable {}

    private StaffCampaignList() {}

    /** The campaigns of {@code status} (all when null), those waiting for an officer first. */
    static List<CampaignView> shown(List<CampaignView> all, Campaign.Status status) {
        List<CampaignView> rows = new ArrayList<>();
        for (CampaignView campaign : all) {
            if (status == null || campaign.status() == status) {
                rows.add(campaign);
            }
        }
        // A stable sort keeps the order within each group.
        rows.sort(Comparator.comparing((CampaignView c) -> c.status() == Campaign.Status.PENDING ? 0 : 1));
        return rows;
    }

    /** Every status with its count, zeros included, in the life cycle's order. */
    static List<StatusCount> counts(List<CampaignView> all) {
        Map<Campaign.Status, Long> counts = new EnumMap<>(Campaign.Status.class);
        for (Campaign.Status status : Campaign.Status.values()) {
            counts.put(status, 0L);
        }
        all.forEach(c -> counts.merge(c.status(), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue()))
                .toList();
    }
}
