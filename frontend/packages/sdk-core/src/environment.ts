import { WebAudioPcm, type AudioContextLike, type PcmAudio } from './media/pcm-audio.js';
import type { WebSocketLike } from './signaling.js';

/**
 * The platform pieces a call uses. In a browser every one defaults to the real thing; another runtime (or a test)
 * can supply its own, e.g. the `ws` package's WebSocket under Node.js.
 */
export interface ParleyEnvironment {
  fetch: typeof fetch;
  WebSocket: WebSocketLike;
  getUserMedia?: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  RTCPeerConnection?: typeof RTCPeerConnection;
  AudioContext?: AudioContextLike;
  /** The WebSocket transport's audio ends; Web Audio by default. */
  createPcmAudio: (microphone: MediaStream, outputSampleRate: number) => PcmAudio;
}

export function resolveEnvironment(overrides: Partial<ParleyEnvironment> = {}): ParleyEnvironment {
  const g = globalThis as typeof globalThis & { webkitAudioContext?: AudioContextLike };
  const mediaDevices = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined;
  const AudioContextImpl = overrides.AudioContext ?? g.AudioContext ?? g.webkitAudioContext;
  return {
    fetch: overrides.fetch ?? ((input, init) => g.fetch(input, init)),
    WebSocket: overrides.WebSocket ?? g.WebSocket,
    getUserMedia: overrides.getUserMedia
      ?? (mediaDevices?.getUserMedia ? constraints => mediaDevices.getUserMedia(constraints) : undefined),
    RTCPeerConnection: overrides.RTCPeerConnection ?? g.RTCPeerConnection,
    AudioContext: AudioContextImpl,
    createPcmAudio: overrides.createPcmAudio ?? ((microphone, rate) => {
      if (!AudioContextImpl) throw new Error('this runtime has no Web Audio for the WebSocket transport');
      return new WebAudioPcm(microphone, rate, AudioContextImpl);
    }),
  };
}
