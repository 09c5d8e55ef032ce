package org.seedbed.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API. A city's API is reached at {@code /c/{city}/api/v1/…} or on the city's own host
 * name; the platform's (cities) at {@code /api/v1/platform/…}. The OpenAPI document is served at
 * {@code /api/openapi.json}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Seedbed API",
                        version = "v1",
                        description = "Cities, org units, accounts and tokens. Errors are RFC 9457 problem details."))
@SecurityScheme(
        name = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "Personal access token sbd_<city>_…")
public class ApiApplication extends Application {}
