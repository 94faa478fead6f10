import type { AudioContextLike } from './pcm-audio.js';

/** RMS above which the agent's WebRTC audio counts as heard (the line is digital silence between turns). */
const HEARD_RMS = 0.01;
const POLL_MS = 20;

/**
 * Plays the agent's WebRTC track through a media element and listens to it with an analyser, so the SDK can tell
 * when a turn's audio actually starts coming out of the speaker rather than when the server sent it.
 */
export class RemoteAudio {
  private element: HTMLAudioElement | null = null;
  private context: AudioContext | null = null;
  private analyser: AnalyserNode | null = null;
  private source: MediaStreamAudioSourceNode | null = null;
  private poll: ReturnType<typeof setInterval> | null = null;
  private onHeard: (() => void) | null = null;

  constructor(private readonly AudioContextImpl: AudioContextLike | undefined) {}

  attach(stream: MediaStream): void {
    void this.detach();
    if (typeof Audio !== 'undefined') {
      this.element = new Audio();
      this.element.autoplay = true;
      this.element.srcObject = stream;
      this.element.play().catch(() => { /* autoplay refused: the page must start calls from a click */ });
    }
    if (this.AudioContextImpl) {
      this.context = new this.AudioContextImpl();
      this.context.resume().catch(() => {});
      this.analyser = this.context.createAnalyser();
      this.analyser.fftSize = 1024;
      this.source = this.context.createMediaStreamSource(stream);
      this.source.connect(this.analyser);
    }
    if (this.onHeard) this.startPolling();
  }

  /** Calls `heard` once, the next time agent audio is audible; null stops listening. */
  listen(heard: (() => void) | null): void {
    this.onHeard = heard;
    if (heard) this.startPolling(); else this.stopPolling();
  }

  /** Stops playing and listening; resolves once the audio context is closed. */
  async detach(): Promise<void> {
    this.stopPolling();
    this.source?.disconnect();
    this.source = null;
    this.analyser = null;
    const context = this.context;
    this.context = null;
    if (this.element) {
      this.element.pause();
      this.element.srcObject = null;
      this.element = null;
    }
    if (context && context.state !== 'closed') await context.close().catch(() => {});
  }

  private startPolling(): void {
    if (this.poll !== null || !this.analyser) return;
    const samples = new Float32Array(this.analyser.fftSize);
    this.poll = setInterval(() => {
      if (!this.analyser) return;
      this.analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      if (Math.sqrt(sum / samples.length) > HEARD_RMS) {
        const heard = this.onHeard;
        this.onHeard = null;
        this.stopPolling();
        heard?.();
      }
    }, POLL_MS);
  }

  private stopPolling(): void {
    if (this.poll !== null) clearInterval(this.poll);
    this.poll = null;
  }
}
