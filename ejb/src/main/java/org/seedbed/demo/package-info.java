/** Demo data for the five seed cities, seeded only by the demo command (SEEDBED_DEMO=true). */
package org.seedbed.demo;
