/**
 * The city dashboard's money (staff/dashboard.xhtml): funding by category, district and year,
 * donations and matching.
 */
package org.seedbed.dashboard.faces;
