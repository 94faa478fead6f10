/**
 * Telephony media streams: the JSON-over-WebSocket format carriers use to stream a phone call (events
 * {@code connected}, {@code start}, {@code media} with base64 mu-law 8 kHz, {@code mark}, {@code stop}; and back
 * {@code media}, {@code mark}, {@code clear}), so a phone number can be pointed at a deployment.
 */
package io.parley.app.media.telephony;
