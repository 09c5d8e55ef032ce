/**
 * How the dashboard's sums are read and shaped: calls rolled up to their district and year,
 * categories named, empty months filled, and the export's sheets. The shaping needs no container.
 */
package org.seedbed.dashboard.control;
