import { FRAME_BYTES } from '../media/pcm.js';
import type { PcmAudio } from '../media/pcm-audio.js';
import type { SessionSocket } from '../signaling.js';
import type { ServerEvent } from '../types.js';
import type { PlaybackTracker } from './playback-tracker.js';
import type { MediaTransport } from './transport.js';

const SILENCE = new ArrayBuffer(FRAME_BYTES);

/**
 * PCM over the session socket: a 640-byte caller frame every 20 ms (silence while muted: a real line never goes
 * quiet), agent audio played as it arrives, and dropped at once when the caller interrupts.
 */
export class WebSocketTransport implements MediaTransport {
  readonly kind = 'websocket' as const;
  private socket: SessionSocket | null = null;
  private sending = false;
  private muted = false;
  private capturing = false;
  private readonly playbackTimers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly audio: PcmAudio, private readonly tracker: PlaybackTracker,
              private readonly outputSampleRate: number) {}

  async begin(socket: SessionSocket): Promise<void> {
    this.socket = socket;
    this.sending = false;
    if (!this.capturing) {
      this.capturing = true;
      await this.audio.start(frame => this.frame(frame));
    }
    socket.send({ type: 'start', transport: 'websocket', outputSampleRate: this.outputSampleRate });
  }

  onEvent(event: ServerEvent): void {
    if (event.type === 'session_started') {
      this.sending = true;
    } else if (event.type === 'interruption' && event.outcome === 'INTERRUPTED') {
      this.audio.flush();
      this.cancelPlaybackReports();
    }
  }

  onAudio(pcm: ArrayBuffer): void {
    const delaySeconds = this.audio.play(pcm);
    const turn = this.tracker.claim();
    if (turn === null) return;
    const timer = setTimeout(() => {
      this.playbackTimers.delete(timer);
      this.tracker.report(turn);
    }, Math.max(0, delaySeconds * 1000));
    this.playbackTimers.add(timer);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  suspend(): void {
    this.sending = false;
    this.socket = null;
    this.audio.flush();
    this.cancelPlaybackReports();
  }

  async close(): Promise<void> {
    this.suspend();
    await this.audio.close();
  }

  private frame(frame: ArrayBuffer): void {
    if (this.sending && this.socket) this.socket.sendAudio(this.muted ? SILENCE : frame);
  }

  private cancelPlaybackReports(): void {
    for (const timer of this.playbackTimers) clearTimeout(timer);
    this.playbackTimers.clear();
  }
}
