// Node.js has no microphone and no Web Audio: these stand in for them in the core's tests. They record what the
// SDK does with them (tracks stopped, frames requested, audio played and flushed); the real ones run in Chromium
// in the browser tests.
import type { PcmAudio } from '../src/index.js';

export class FakeTrack {
  enabled = true;
  stopped = false;
  readonly kind = 'audio';
  stop(): void { this.stopped = true; }
}

export function fakeMicrophone(): { stream: MediaStream; track: FakeTrack } {
  const track = new FakeTrack();
  const stream = { getTracks: () => [track], getAudioTracks: () => [track] } as unknown as MediaStream;
  return { stream, track };
}

export class FakePcmAudio implements PcmAudio {
  started = false;
  closed = false;
  flushes = 0;
  readonly played: ArrayBuffer[] = [];
  private onFrame: ((frame: ArrayBuffer) => void) | null = null;

  async start(onFrame: (frame: ArrayBuffer) => void): Promise<void> {
    this.started = true;
    this.onFrame = onFrame;
  }

  /** One 20 ms caller frame, filled with `value` (as the capture would produce every 20 ms). */
  speak(value: number): void {
    const frame = new DataView(new ArrayBuffer(640));
    for (let i = 0; i < 320; i++) frame.setInt16(i * 2, value, true);
    this.onFrame?.(frame.buffer);
  }

  play(pcm: ArrayBuffer): number {
    this.played.push(pcm);
    return 0.05;
  }

  flush(): void {
    this.flushes++;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.onFrame = null;
  }
}
