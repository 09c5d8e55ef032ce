/**
 * Hibernate Search for all features: the mapping (which entities are indexed and how), the
 * analyzers for Chinese and English text, and per-feature query code returning ids or DTOs.
 */
package org.seedbed.search;
