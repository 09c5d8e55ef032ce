/**
 * Jakarta Faces backing beans and the plumbing every page shares: the signed-in user, the
 * language, links that keep the city prefix, messages from the resource bundles.
 */
package org.seedbed.faces;
