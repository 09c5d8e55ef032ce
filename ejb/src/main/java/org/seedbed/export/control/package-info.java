/** Exports shared by features: lists as CSV and XLSX, safe to open in a spreadsheet. */
package org.seedbed.export.control;
