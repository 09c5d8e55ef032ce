/** Exact amounts of money in minor units with their currency, shared by every feature. */
package org.seedbed.money;
