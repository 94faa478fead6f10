import type { ServerEvent } from '../types.js';

/**
 * Knows which agent turn's audio is due next and reports, once per turn, when this client starts playing it
 * (`playback_started`), which closes the turn's latency timeline on the server. A turn becomes due when its first
 * sentence is generated or its timeline arrives; the transport says when audio is actually heard.
 */
export class PlaybackTracker {
  private due: number | null = null;
  private lastReported = 0;
  private listener: ((due: boolean) => void) | null = null;

  constructor(private readonly send: (message: Record<string, unknown>) => void) {}

  /** Called with true when a turn starts waiting for its audio and false when none is waiting any more. */
  onDueChange(listener: ((due: boolean) => void) | null): void {
    this.listener = listener;
  }

  get dueTurn(): number | null {
    return this.due;
  }

  observe(event: ServerEvent): void {
    const turnId = typeof event.turnId === 'number' ? event.turnId : null;
    if (turnId === null) return;
    if (event.type === 'agent_text_generated'
        || (event.type === 'turn_timeline' && !hasPlaybackMark(event))) {
      if (turnId > this.lastReported && (this.due === null || turnId > this.due)) this.setDue(turnId);
    } else if (event.type === 'interruption' && event.outcome === 'INTERRUPTED' && turnId === this.due) {
      // Cut off before a sound was played: nothing to report for this turn.
      this.lastReported = turnId;
      this.setDue(null);
    }
  }

  /** Takes the due turn, if any, for audio that starts playing now or soon; the caller reports it with {@link report}. */
  claim(): number | null {
    const turn = this.due;
    if (turn !== null) {
      this.lastReported = turn;
      this.setDue(null);
    }
    return turn;
  }

  report(turnId: number): void {
    this.send({ type: 'playback_started', turnId });
  }

  private setDue(turn: number | null): void {
    const changed = (turn === null) !== (this.due === null);
    this.due = turn;
    if (changed) this.listener?.(turn !== null);
  }
}

function hasPlaybackMark(event: ServerEvent): boolean {
  const marks = event.marksMs;
  return typeof marks === 'object' && marks !== null && 'client_playback_start' in marks;
}
