package io.parley.bench.standin;

/**
 * What a stand-in does wrong on purpose, per request (see {@link FaultPlan} for how often).
 * <ul>
 *   <li>{@link #HANG}: accepts the request and never answers (STT: no results at all; LLM and TTS: no response
 *       headers), until the client gives up.</li>
 *   <li>{@link #ERROR}: fails as the service does: STT closes the socket with 1011; LLM and TTS answer HTTP 500 with
 *       an OpenAI-style error body.</li>
 *   <li>{@link #GARBAGE}: STT finals a nonsense transcript with a low confidence; LLM streams a malformed chunk; TTS
 *       streams white noise.</li>
 *   <li>{@link #EMPTY}: STT finals an empty transcript; LLM finishes without content; TTS answers 200 with no
 *       audio.</li>
 *   <li>{@link #SLOW}: every delay is {@link FaultPlan#slowFactor()} times longer (and TTS audio streams slower
 *       than real time).</li>
 * </ul>
 */
public enum Fault {
    NONE, HANG, ERROR, GARBAGE, EMPTY, SLOW
}
