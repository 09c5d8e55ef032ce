/**
 * The city dashboard's money: what applications asked, grants awarded and tranches paid, what
 * donors gave and sponsors matched, as figures and as a spreadsheet export.
 */
package org.seedbed.dashboard.boundary;
