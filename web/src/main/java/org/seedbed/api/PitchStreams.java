package org.seedbed.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.seedbed.review.control.PitchChanged;
import org.seedbed.review.control.PitchSignals;

/**
 * The server-sent event streams of the chairs' live pitch screens, one room per city and call. An
 * event says only "changed": the screen then reloads its board through the city's own access rules,
 * so no score or name of one city ever travels through another's stream.
 */
@ApplicationScoped
public class PitchStreams {

    private static final long RECONNECT_MILLIS = 3_000;

    @Inject
    PitchSignals signals;

    private final Map<String, SseBroadcaster> rooms = new ConcurrentHashMap<>();
    private final Consumer<PitchChanged> listener = this::changed;
    private final AtomicBoolean listening = new AtomicBoolean();
    private volatile Sse sse;

    public void join(String city, long callId, SseEventSink sink, Sse sse) {
        this.sse = sse;
        // Listening starts with the first screen that wants to hear.
        if (listening.compareAndSet(false, true)) {
            signals.listen(listener);
        }
        rooms.computeIfAbsent(room(city, callId), key -> sse.newBroadcaster()).register(sink);
        sink.send(event("ready"));
    }

    private void changed(PitchChanged change) {
        SseBroadcaster room = rooms.get(room(change.city(), change.callId()));
        if (room != null && sse != null) {
            room.broadcast(event("pitch"));
        }
    }

    private OutboundSseEvent event(String name) {
        return sse.newEventBuilder()
                .name(name)
                .data(String.class, "changed")
                .reconnectDelay(RECONNECT_MILLIS)
                .build();
    }

    private static String room(String city, long callId) {
        return city + "/" + callId;
    }

    @PreDestroy
    void stop() {
        signals.forget(listener);
        rooms.values().forEach(SseBroadcaster::close);
    }
}
