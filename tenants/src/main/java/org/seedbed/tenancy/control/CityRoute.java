package org.seedbed.tenancy.control;

import java.util.Set;

/** Where an active city's data lives: its schema and, if it has one, its own datasource. */
public record CityRoute(String slug, String schema, String datasource, Set<String> hostNames) {

    public CityRoute {
        hostNames = Set.copyOf(hostNames);
    }

    public boolean hasOwnDatasource() {
        return datasource != null;
    }
}
