/**
 * Automatic assignment of expert reviewers to the submissions of a call: an exactly optimal min-cost flow that fills
 * as many review slots as possible, then balances the experts' loads, then follows expertise and bids, without ever
 * breaking a conflict of interest, a load cap or an officer's pin. Pure Java, so the rules are tested without a server.
 */
package org.seedbed.review.assignment;
