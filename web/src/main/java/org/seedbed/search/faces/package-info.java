/**
 * The search pages: the public search of the city's organizations, calls and campaigns
 * (search.xhtml) and the staff search of applications and grants (staff/search.xhtml). Both are
 * bookmarkable GET pages; facet links, chips and page links are plain addresses. Also the reindex
 * pages: the city admin's (admin/search-index.xhtml) and the platform admin's for some or all cities
 * (platform/search-index.xhtml), which follow the running job with a poll.
 */
package org.seedbed.search.faces;
