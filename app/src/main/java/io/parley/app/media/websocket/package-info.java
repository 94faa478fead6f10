/**
 * The WebSocket media transport: caller audio as binary messages of 20 ms, 16 kHz mono PCM16 little-endian
 * (exactly 640 bytes), agent audio back as binary PCM16 at the rate the client asked for. For clients where UDP is
 * blocked, for tests and for the load harness.
 */
package io.parley.app.media.websocket;
