/** Rules about calls that need no container: eligibility. */
package org.seedbed.call.control;
