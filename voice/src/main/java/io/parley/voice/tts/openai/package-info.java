/**
 * Streaming speech synthesis with OpenAI's speech API: chunked 24 kHz PCM resampled to the pipeline's rate as it
 * arrives, cancellable mid-stream.
 */
package io.parley.voice.tts.openai;
