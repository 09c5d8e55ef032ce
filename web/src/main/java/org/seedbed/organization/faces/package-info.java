/**
 * Pages of the organization registry: the public directory and profiles, NGO members' profile
 * editor with documents and members, the staff list, review queue and review, the registry
 * import and the city dashboard's charts.
 */
package org.seedbed.organization.faces;
