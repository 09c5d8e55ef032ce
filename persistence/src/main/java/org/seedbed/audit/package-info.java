/** The audit trail: who changed what, when, with the state before and after. */
package org.seedbed.audit;
