/** Social organizations (社会组织): profiles, members and documents, as the city verifies them. */
package org.seedbed.organization;
