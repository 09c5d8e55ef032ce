/**
 * Rules about grants that need no container: how the amount splits into tranches, when a tranche
 * may be paid out, and how a mid-term or final evaluation is scored.
 */
package org.seedbed.grant.control;
