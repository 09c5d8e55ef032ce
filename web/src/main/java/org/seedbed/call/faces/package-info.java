/**
 * Pages of venture-philanthropy calls: the public list of calls and one call's page, the officers'
 * call list, the call editor with its small dashboard, and the builder of a call's application form.
 */
package org.seedbed.call.faces;
