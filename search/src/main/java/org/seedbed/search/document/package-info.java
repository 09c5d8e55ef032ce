/**
 * The searchable documents of a city: which entities they come from, the fields all of them share
 * (so one query, one set of facets and one sort work across kinds), and who may see them.
 */
package org.seedbed.search.document;
