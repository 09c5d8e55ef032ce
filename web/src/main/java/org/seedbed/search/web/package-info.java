/**
 * Searches as addresses carry them: one reading of the query parameters shared by the search pages
 * and the search API, so a page's address and the API's accept the same parameters.
 */
package org.seedbed.search.web;
