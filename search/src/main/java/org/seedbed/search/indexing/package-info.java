/** Rebuilding a city's documents from its rows: mass indexing with progress, then removing leftovers. */
package org.seedbed.search.indexing;
