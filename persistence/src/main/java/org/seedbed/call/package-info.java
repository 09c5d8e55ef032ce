/** Venture-philanthropy calls (公益创投): terms, categories, eligibility rules and versioned forms. */
package org.seedbed.call;
