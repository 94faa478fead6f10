/** Streaming speech synthesis with CMU flite (libflite) through FFM, on one synthesis thread. */
package io.parley.voice.tts.flite;
