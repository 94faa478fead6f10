package io.parley.voice.pipeline.event;

/**
 * Receives a session's events, on the session's own thread, in order. Implementations must return quickly
 * (hand off to a queue): a slow listener delays the call's audio.
 */
@FunctionalInterface
public interface SessionListener {

    SessionListener NONE = event -> { };

    void onEvent(SessionEvent event);
}
