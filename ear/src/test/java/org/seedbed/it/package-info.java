/**
 * System tests: the real EAR deployed by Arquillian into the WildFly this module provisions,
 * against a real PostgreSQL, driven over HTTP (and a real browser) like users and API clients.
 */
package org.seedbed.it;
