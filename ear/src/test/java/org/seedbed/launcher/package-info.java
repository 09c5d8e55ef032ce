/**
 * The demo command ({@code mvn -Prun}): a database (the given one, an embedded PostgreSQL, or a
 * local server), the provisioned WildFly with the EAR, demo data for five cities, and a banner
 * with the URL and demo logins. Also the reindex command ({@code mvn -Preindex}), which rebuilds the
 * search documents of a running Seedbed's cities and prints its progress.
 */
package org.seedbed.launcher;
