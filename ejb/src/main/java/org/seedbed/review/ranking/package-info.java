/**
 * Aggregating the score sheets of a call's expert panel, ranking its submissions and recommending which to fund within
 * the call's fund and category budgets. Pure computation: callers load the rubric, the submissions and the submitted
 * sheets, and show the results; all four aggregation methods are computed together so pages can compare them.
 */
package org.seedbed.review.ranking;
