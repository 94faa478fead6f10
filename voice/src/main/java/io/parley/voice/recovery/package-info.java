/**
 * Keeping a call alive when engines fail: deadlines, retries with backoff, spoken recovery lines, the
 * transcript quality gate and the last-resort chime. The session applies them; nothing here holds state.
 */
package io.parley.voice.recovery;
