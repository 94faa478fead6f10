/** Streaming speech synthesis with libespeak-ng through FFM, on the single thread that owns the library. */
package io.parley.voice.tts.espeak;
