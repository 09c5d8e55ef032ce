/** Benchmarks run against a running Seedbed (started with {@code mvn -Prun}); they print numbers. */
package org.seedbed.benchmark;
