/**
 * Review panels (评审): the expert pool, each call's panel with its rubric, conflicts of interest,
 * optimal automatic assignment, score sheets, aggregation and ranking, funding decisions and the
 * public notice (公示) with objections.
 */
package org.seedbed.review;
