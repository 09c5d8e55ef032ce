/**
 * Pages of NGO incubation: the city's public "1+N" incubator platform, NGO applications, one
 * incubation's agreement, services, milestones and capacity assessments with growth charts, the
 * officers' incubator and incubation lists, and the mentors' incubatees.
 */
package org.seedbed.incubation.faces;
