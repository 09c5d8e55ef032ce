/** Application forms of calls: their definition, checking answers, budgets and differences between versions. */
package org.seedbed.call.form;
