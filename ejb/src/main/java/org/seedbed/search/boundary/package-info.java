/** Search for the public and for staff, and rebuilding the index, per city or for all cities. */
package org.seedbed.search.boundary;
