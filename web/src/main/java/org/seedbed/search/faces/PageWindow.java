package org.seedbed.search.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which page numbers a pager offers: the first, the last, and a few either side of the current
 * one, with gaps between. A gap of a single page shows that page instead, since a gap mark would
 * take as much room.
 */
final class PageWindow {

    /** Pages offered on each side of the current one. */
    static final int AROUND = 2;

    private PageWindow() {}

    /** Page numbers from 0, with {@code null} where pages are left out; empty for a single page. */
    static List<Integer> pages(int current, int count) {
        if (count <= 1) {
            return List.of();
        }
        int at = Math.max(0, Math.min(current, count - 1));
        TreeSet<Integer> shown = new TreeSet<>();
        shown.add(0);
        shown.add(count - 1);
        for (int page = Math.max(0, at - AROUND); page <= Math.min(count - 1, at + AROUND); page++) {
            shown.add(page);
        }
        List<Integer> pages = new ArrayList<>();
        Integer previous = null;
        for (int page : shown) {
            if (previous != null && page - previous == 2) {
                pages.add(previous + 1);
            } else if (previous != null && page - previous > 2) {
                pages.add(null);
            }
            pages.add(page);
            previous = page;
        }
        return pages;
    }
}
