/**
 * Pages of fundraising campaigns and matching (配捐): the public campaign list and page with the
 * donation form, the sandbox payment page, the donor's thank-you page and donations, the sponsor's
 * private pool page, and the officers' and organizations' campaign and pool pages.
 */
package org.seedbed.campaign.faces;
