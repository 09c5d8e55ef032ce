package org.seedbed.campaign.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a reservation's amount came from, kept with it as JSON so that it goes back exactly there:
 * the amount taken from each shard, and the cap counters it was counted under.
 */
record ReservationSources(Map<Integer, Long> shards, List<String> counterKeys) {

    static String json(Map<Integer, Long> shards, List<String> counterKeys) {
        JsonObjectBuilder byShard = Json.createObjectBuilder();
        shards.forEach((shard, amount) -> byShard.add(String.valueOf(shard), amount));
        JsonArrayBuilder keys = Json.createArrayBuilder();
        counterKeys.forEach(keys::add);
        return Json.createObjectBuilder()
                .add("shards", byShard)
                .add("counters", keys)
                .build()
                .toString();
    }

    static ReservationSources parse(String json) {
        JsonObject sources = Json.createReader(new StringReader(json)).readObject();
        Map<Integer, Long> shards = new LinkedHashMap<>();
        sources.getJsonObject("shards")
                .forEach((shard, amount) -> shards.put(Integer.valueOf(shard), ((JsonNumber) amount).longValue()));
        List<String> keys = sources.getJsonArray("counters").stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
        return new ReservationSources(shards, keys);
    }
}
