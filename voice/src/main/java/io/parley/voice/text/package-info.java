/**
 * Text on its way from the LLM to TTS. {@link io.parley.voice.text.SentenceChunker} cuts the token stream into
 * speakable sentences as soon as each is complete; {@link io.parley.voice.text.StreamingNormalizer} (or
 * {@link io.parley.voice.text.TextNormalizer#normalize} for whole text) writes amounts, dates, times, phone numbers,
 * codes, addresses and units out the way a person says them. Both are single-stream objects: one per reply.
 */
package io.parley.voice.text;
