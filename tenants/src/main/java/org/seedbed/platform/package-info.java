/** Settings of a Seedbed installation, read from the environment (see README, "Configuration"). */
package org.seedbed.platform;
