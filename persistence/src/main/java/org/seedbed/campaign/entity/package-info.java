/**
 * Public donation campaigns (网络募捐) for a project, donations paid through Stripe or the sandbox
 * provider, sponsors' matching pools (配捐) with their reservations, refunds and blocked donors.
 */
package org.seedbed.campaign.entity;
