/**
 * Cities as tenants: the registry in the {@code platform} schema, resolution of the city from a
 * request, the current-city holder that background work carries explicitly, and the creation and
 * migration of city schemas.
 */
package org.seedbed.tenancy;
