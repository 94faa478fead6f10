/**
 * Media planes: the transports that carry a caller's audio to and from a call session. Every plane hands the
 * session the same thing, 20 ms frames of 16 kHz mono PCM16, and takes back the session's paced agent audio.
 * Planes: embedded WebRTC (default on one node), WebSocket PCM (fallback, tests, load harness), telephony media
 * streams (carrier JSON with 8 kHz mu-law), and Kurento (scale-out).
 */
package io.parley.app.media;
