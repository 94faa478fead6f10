/**
 * Live sessions on this node: the session socket (signaling, events, and PCM audio for the WebSocket transport),
 * the registry of calls, reconnection within a grace period, and the bridge from a call's events to the client
 * and to the interaction log.
 */
package io.parley.app.session;
