/**
 * The Kurento media plane: a pool of Kurento Media Servers (KMS 7.x) answers browsers' WebRTC offers, and each call's
 * audio reaches Parley as PCMU RTP on a UDP port Parley owns. Active when {@code parley.kurento.enabled=true}.
 */
package io.parley.app.media.kurento;
