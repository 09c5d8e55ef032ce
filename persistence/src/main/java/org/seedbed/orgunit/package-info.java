/** The city's administrative tree (市/区/街道/社区) that calls, incubators and funds belong to. */
package org.seedbed.orgunit;
