/** Running reindex jobs and the names shown on facets. */
package org.seedbed.search.control;
