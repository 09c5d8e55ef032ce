/**
 * Pages of grants after the award: the grantee's grants with the agreement, tranches and reports
 * to write, the evaluators' list and evaluation form, and the program officers' grant pages.
 */
package org.seedbed.grant.faces;
