import { CallerFramer, pcm16ToFloat32 } from './pcm.js';
import { CAPTURE_PROCESSOR, captureWorkletUrl } from './capture-worklet.js';

/** The audio ends of the WebSocket transport: caller frames out, agent PCM in. */
export interface PcmAudio {
  /** Starts the microphone capture; `onFrame` gets 640-byte 16 kHz frames, one every 20 ms. */
  start(onFrame: (frame: ArrayBuffer) => void): Promise<void>;
  /** Queues agent PCM16LE for playback; returns the seconds until it starts to be heard. */
  play(pcm: ArrayBuffer): number;
  /** Drops every queued and playing chunk (the caller interrupted the agent). */
  flush(): void;
  close(): Promise<void>;
}

export type AudioContextLike = new (options?: AudioContextOptions) => AudioContext;

/** A little lead so chunks arriving with network jitter still join seamlessly. */
const PLAYBACK_LEAD_S = 0.06;

/** Web Audio implementation: an AudioWorklet taps the microphone, AudioBufferSourceNodes play the agent. */
export class WebAudioPcm implements PcmAudio {
  private readonly context: AudioContext;
  private readonly sources = new Set<AudioBufferSourceNode>();
  private nextStart = 0;
  private capture: { source: MediaStreamAudioSourceNode; node: AudioWorkletNode } | null = null;
  private workletUrl: string | null = null;

  constructor(private readonly microphone: MediaStream, private readonly outputSampleRate: number,
              AudioContextImpl: AudioContextLike) {
    this.context = new AudioContextImpl({ latencyHint: 'interactive' });
  }

  async start(onFrame: (frame: ArrayBuffer) => void): Promise<void> {
    // Not awaited: without a user gesture the browser keeps the context suspended until one comes, and the call
    // must still connect (its frames simply start flowing then).
    this.context.resume().catch(() => {});
    this.workletUrl = captureWorkletUrl();
    await this.context.audioWorklet.addModule(this.workletUrl);
    const framer = new CallerFramer(this.context.sampleRate, onFrame);
    const node = new AudioWorkletNode(this.context, CAPTURE_PROCESSOR, { numberOfInputs: 1, numberOfOutputs: 0 });
    node.port.onmessage = message => framer.push(message.data as Float32Array);
    const source = this.context.createMediaStreamSource(this.microphone);
    source.connect(node);
    this.capture = { source, node };
  }

  play(pcm: ArrayBuffer): number {
    const samples = pcm16ToFloat32(pcm);
    if (samples.length === 0 || this.context.state === 'closed') return 0;
    const buffer = this.context.createBuffer(1, samples.length, this.outputSampleRate);
    buffer.getChannelData(0).set(samples);
    const source = this.context.createBufferSource();
    source.buffer = buffer;
    source.connect(this.context.destination);
    const now = this.context.currentTime;
    const at = Math.max(now + PLAYBACK_LEAD_S, this.nextStart);
    source.start(at);
    this.nextStart = at + buffer.duration;
    this.sources.add(source);
    source.onended = () => this.sources.delete(source);
    return at - now;
  }

  flush(): void {
    for (const source of this.sources) {
      source.onended = null;
      try { source.stop(); } catch { /* not started yet */ }
      source.disconnect();
    }
    this.sources.clear();
    this.nextStart = 0;
  }

  async close(): Promise<void> {
    this.flush();
    if (this.capture) {
      this.capture.node.port.onmessage = null;
      this.capture.source.disconnect();
      this.capture.node.disconnect();
      this.capture = null;
    }
    if (this.workletUrl) URL.revokeObjectURL(this.workletUrl);
    this.workletUrl = null;
    if (this.context.state !== 'closed') await this.context.close();
  }
}
