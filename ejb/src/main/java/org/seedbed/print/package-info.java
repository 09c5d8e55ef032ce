/**
 * Printable documents: XHTML laid out as PDF with a CJK font embedded, so that Chinese text prints the same on
 * every reader, for applications now and for agreements and notices later.
 */
package org.seedbed.print;
