package org.seedbed.search.query;

/** One value of a facet and how many documents of the answer have it. */
public record FacetCount(String value, long count, boolean selected) {}
