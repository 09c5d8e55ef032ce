package org.seedbed.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which search backend the tests run against, and, on Elasticsearch, a wait until the server the
 * build started answers: registered before Arquillian, so Seedbed boots against a ready cluster.
 */
public final class SearchBackend implements BeforeAllCallback {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    public static String name() {
        return System.getProperty("seedbed.search.backend", "lucene");
    }

    public static boolean elasticsearch() {
        return "elasticsearch".equals(name());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!elasticsearch()) {
            return;
        }
        URI health = URI.create(
                "http://127.0.0.1:" + System.getProperty("seedbed.test.es.port", "9250") + "/_cluster/health");
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> reply = client.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200 && !reply.body().contains("\"status\":\"red\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Elasticsearch did not answer at " + health + " within " + PATIENCE);
    }
}
