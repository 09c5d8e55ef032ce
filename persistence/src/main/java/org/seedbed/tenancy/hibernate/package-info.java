/**
 * Wires the current city into Hibernate ORM: every session belongs to one city and every
 * connection it takes is switched to that city's schema before use.
 */
package org.seedbed.tenancy.hibernate;
