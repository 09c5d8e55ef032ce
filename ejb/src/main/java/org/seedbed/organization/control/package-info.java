/** Rules about social organizations that need no container: code validation, import parsing. */
package org.seedbed.organization.control;
