package org.seedbed.benchmark;

/**
 * How a synthetic city of so many searchable documents is made up: about 85% organizations, 0.2%
 * calls and the rest campaigns, spread over one street per 5,000 documents (10 to 500), ten
 * streets to a district.
 */
record CityPlan(int documents, int organizations, int calls, int campaigns, int districts, int streets) {

    static final int STREETS_PER_DISTRICT = 10;

    static CityPlan of(int documents) {
        if (documents < 100) {
            throw new IllegalArgumentException("at least 100 documents, not " + documents);
        }
        int organizations = (int) Math.round(documents * 0.85);
        int calls = Math.max(1, (int) Math.round(documents * 0.002));
        int streets = Math.max(10, Math.min(500, documents / 5_000));
        int districts = (streets + STREETS_PER_DISTRICT - 1) / STREETS_PER_DISTRICT;
        return new CityPlan(documents, organizations, calls, documents - organizations - calls, districts, streets);
    }
}
