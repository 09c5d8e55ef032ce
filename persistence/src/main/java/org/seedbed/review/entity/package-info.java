/**
 * Review panels: the city's expert pool, a call's panel and its members, conflicts of interest,
 * assignments, score sheets, funding decisions and the public notice (公示) with its objections.
 */
package org.seedbed.review.entity;
