/**
 * Streaming speech recognition with Deepgram's live API over WebSocket: interim and final results, endpointing,
 * {@code Finalize} to flush at the end of a turn, keep-alives, and failures reported so the session falls back.
 */
package io.parley.voice.stt.deepgram;
