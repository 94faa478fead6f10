/**
 * Streaming speech recognition with CMU pocketsphinx 5prealpha (Debian 12's libpocketsphinx3) through FFM: pooled
 * decoders, partial hypotheses while audio flows, and biasing toward the phrases an agent expects.
 */
package io.parley.voice.stt.pocketsphinx;
