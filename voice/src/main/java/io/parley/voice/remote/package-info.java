/**
 * The network plumbing Parley's cloud-engine clients share: one HTTP/WebSocket client and one timer per node.
 */
package io.parley.voice.remote;
