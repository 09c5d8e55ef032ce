/** Full-text search of the city's organizations: the public directory and staff lists. */
package org.seedbed.organization.search;
