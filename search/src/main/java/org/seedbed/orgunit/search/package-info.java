/** Full-text search of the administrative tree. */
package org.seedbed.orgunit.search;
