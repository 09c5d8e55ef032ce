package org.seedbed.security.web;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serial;

/** The caller's name together with the city the account belongs to ("platform" for platform admins). */
public class CityPrincipal extends CallerPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String city;

    public CityPrincipal(String name, String city) {
        super(name);
        this.city = city;
    }

    public String city() {
        return city;
    }
}
