/**
 * One search across kinds of documents: a text, facet filters, ranges, a sort and a page in; hits
 * with highlights and facet counts out. Callers decide which kinds a person may search.
 */
package org.seedbed.search.query;
