package org.seedbed.organization.faces;

import java.util.List;
import org.seedbed.organization.boundary.OrganizationPage;

/** Page arithmetic shared by the directory and the staff list. */
final class Paging {

    private Paging() {}

    static int pageCount(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    static OrganizationPage empty(int size) {
        return new OrganizationPage(List.of(), 0, 0, size);
    }

    /** The first item's position on a page, counting from 1; 0 when there is none. */
    static long from(OrganizationPage page) {
        return page.total() == 0 ? 0 : (long) page.page() * page.size() + 1;
    }

    static long to(OrganizationPage page) {
        return Math.min(
                page.total(), (long) page.page() * page.size() + page.items().size());
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
