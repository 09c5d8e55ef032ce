/** Incubation (孵化): the "1+N" incubator bases and each organization's way through them. */
package org.seedbed.incubation;
