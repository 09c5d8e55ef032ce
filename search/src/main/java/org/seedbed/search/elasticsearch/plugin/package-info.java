/**
 * A small Elasticsearch analysis plugin (stable plugin API) offering the token filters Seedbed's
 * analyzers are built from, so that both backends analyze text with the same Lucene classes.
 * Needed because a minimal Elasticsearch distribution lacks the {@code analysis-common} module;
 * it is packaged apart from the search jar (see the module README) and loaded only by
 * Elasticsearch.
 */
package org.seedbed.search.elasticsearch.plugin;
