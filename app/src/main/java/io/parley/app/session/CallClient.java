package io.parley.app.session;

import io.parley.app.gateway.SessionGrant;
import io.parley.app.media.CallerLeg;
import org.springframework.web.reactive.socket.CloseStatus;

/** A connection attached to a live call: Parley's own session socket, or a carrier's media stream. */
interface CallClient {

    SessionGrant grant();

    /** The audio transport, once the connection has started. */
    CallerLeg leg();

    /** A session event as JSON; connections that carry no events ignore it. */
    void sendEvent(String eventJson);

    /** A turn's audio starts now: connections that learn when it is heard mark it. */
    default void turnAudioStarting(long turnId) {
    }

    void close(CloseStatus status);
}
