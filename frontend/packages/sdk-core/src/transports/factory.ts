import type { ParleyEnvironment } from '../environment.js';
import { ParleyError } from '../errors.js';
import type { SessionGrant, TransportChoice, TransportKind } from '../types.js';
import type { PlaybackTracker } from './playback-tracker.js';
import type { MediaTransport, TransportEvents } from './transport.js';
import { WebRtcTransport } from './webrtc-transport.js';
import { WebSocketTransport } from './websocket-transport.js';

/** `auto` takes WebRTC when the server offers it and this runtime has it; an explicit choice must be possible. */
export function chooseTransport(grant: SessionGrant, choice: TransportChoice, env: ParleyEnvironment): TransportKind {
  const webrtcPossible = grant.transports.includes('webrtc') && env.RTCPeerConnection !== undefined;
  if (choice === 'webrtc' && !webrtcPossible) {
    throw new ParleyError('transport_unavailable', 'WebRTC is not offered by the server or not available here');
  }
  if (choice === 'websocket' && !grant.transports.includes('websocket')) {
    throw new ParleyError('transport_unavailable', 'the server does not offer the WebSocket transport');
  }
  return choice === 'auto' ? (webrtcPossible ? 'webrtc' : 'websocket') : choice;
}

export interface TransportSettings {
  microphone: MediaStream;
  grant: SessionGrant;
  env: ParleyEnvironment;
  tracker: PlaybackTracker;
  events: TransportEvents;
  outputSampleRate: number;
  mediaConnectTimeoutMs: number;
}

export function createTransport(kind: TransportKind, s: TransportSettings): MediaTransport {
  if (kind === 'webrtc') {
    return new WebRtcTransport(s.microphone, {
      iceServers: s.grant.iceServers, PeerConnection: s.env.RTCPeerConnection!, AudioContextImpl: s.env.AudioContext,
      connectTimeoutMs: s.mediaConnectTimeoutMs,
    }, s.tracker, s.events);
  }
  return new WebSocketTransport(s.env.createPcmAudio(s.microphone, s.outputSampleRate), s.tracker, s.outputSampleRate);
}
