import { RemoteAudio } from '../media/remote-audio.js';
import type { AudioContextLike } from '../media/pcm-audio.js';
import type { SessionSocket } from '../signaling.js';
import type { ServerEvent } from '../types.js';
import type { PlaybackTracker } from './playback-tracker.js';
import type { MediaTransport, TransportEvents } from './transport.js';

/** Errors answering a WebRTC `start` that mean this path will not work here (the call may fall back). */
const REFUSALS = new Set(['bad_sdp', 'negotiation_failed', 'at_capacity', 'transport_unavailable']);
const MAX_ICE_RESTARTS = 3;

export interface WebRtcOptions {
  iceServers: RTCIceServer[];
  PeerConnection: typeof RTCPeerConnection;
  AudioContextImpl: AudioContextLike | undefined;
  /** How long media may take to connect the first time before the call gives up on WebRTC. */
  connectTimeoutMs: number;
}

/**
 * WebRTC media, signaled over the session socket: an offer in `start`, the answer in `sdp_answer`, candidates
 * trickled both ways (ours held until the answer: the server has no peer before), an ICE restart when the
 * connection fails, and a fresh peer after `media_lost` or a reconnect. The same signaling reaches the node's
 * embedded peer or a Kurento media server.
 */
export class WebRtcTransport implements MediaTransport {
  readonly kind = 'webrtc' as const;
  private pc: RTCPeerConnection | null = null;
  private socket: SessionSocket | null = null;
  private held: RTCIceCandidateInit[] | null = [];
  private everConnected = false;
  private restarts = 0;
  private connectTimer: ReturnType<typeof setTimeout> | null = null;
  private muted = false;
  private readonly remote: RemoteAudio;

  constructor(private readonly microphone: MediaStream, private readonly options: WebRtcOptions,
              private readonly tracker: PlaybackTracker, private readonly events: TransportEvents) {
    this.remote = new RemoteAudio(options.AudioContextImpl);
    tracker.onDueChange(due => {
      const turn = () => { const t = this.tracker.claim(); if (t !== null) this.tracker.report(t); };
      this.remote.listen(due ? turn : null);
    });
  }

  async begin(socket: SessionSocket): Promise<void> {
    this.socket = socket;
    const pc = this.newPeer();
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    if (this.pc !== pc) return;
    socket.send({ type: 'start', transport: 'webrtc', sdp: pc.localDescription?.sdp ?? offer.sdp });
    if (!this.everConnected) {
      this.connectTimer = setTimeout(() => {
        this.connectTimer = null;
        if (!this.everConnected) this.events.mediaFailed('media_timeout', 'WebRTC media did not connect in time');
      }, this.options.connectTimeoutMs);
    }
  }

  onEvent(event: ServerEvent): void {
    const pc = this.pc;
    if (!pc) return;
    if (event.type === 'sdp_answer' && typeof event.sdp === 'string') {
      pc.setRemoteDescription({ type: 'answer', sdp: event.sdp })
        .then(() => this.flushHeldCandidates())
        .catch(error => this.events.mediaFailed('bad_sdp', `the answer was not accepted: ${String(error)}`));
    } else if (event.type === 'ice_candidate') {
      const candidate = event.candidate as RTCIceCandidateInit | undefined;
      if (candidate?.candidate) pc.addIceCandidate(candidate).catch(() => { /* a stale candidate after restart */ });
    } else if (event.type === 'error' && typeof event.code === 'string') {
      if (event.code === 'media_lost' && this.socket) {
        // The media path died (e.g. its media server) while the socket lives: rejoin the call on a fresh peer.
        void this.begin(this.socket);
      } else if (REFUSALS.has(event.code) && !this.everConnected) {
        this.events.mediaFailed(event.code, String(event.message ?? event.code));
      }
    }
  }

  onAudio(): void {
    // Agent audio arrives over WebRTC, never on the socket.
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    for (const track of this.microphone.getAudioTracks()) track.enabled = !muted;
  }

  suspend(): void {
    this.socket = null;
    this.closePeer();
  }

  async close(): Promise<void> {
    this.tracker.onDueChange(null);
    this.suspend();
    await this.remote.detach();
    for (const track of this.microphone.getAudioTracks()) track.enabled = true;
  }

  private newPeer(): RTCPeerConnection {
    this.closePeer();
    const pc = new this.options.PeerConnection({ iceServers: this.options.iceServers });
    this.pc = pc;
    this.held = [];
    this.setMuted(this.muted);
    for (const track of this.microphone.getAudioTracks()) pc.addTrack(track, this.microphone);
    pc.ontrack = event => this.remote.attach(event.streams[0] ?? new MediaStream([event.track]));
    pc.onicecandidate = event => {
      if (!event.candidate) return;
      const candidate = event.candidate.toJSON();
      if (this.held) this.held.push(candidate); else this.socket?.send({ type: 'ice_candidate', candidate });
    };
    pc.oniceconnectionstatechange = () => this.iceStateChanged(pc);
    return pc;
  }

  private iceStateChanged(pc: RTCPeerConnection): void {
    if (pc !== this.pc) return;
    const state = pc.iceConnectionState;
    if (state === 'connected' || state === 'completed') {
      this.everConnected = true;
      this.restarts = 0;
      this.clearConnectTimer();
    } else if (state === 'failed' && this.everConnected && this.restarts < MAX_ICE_RESTARTS) {
      this.restarts++;
      void this.restartIce(pc);
    }
  }

  /** The network changed under a live call: new ICE credentials on the same peer, same call, same audio path. */
  private async restartIce(pc: RTCPeerConnection): Promise<void> {
    this.held = [];
    pc.restartIce();
    const offer = await pc.createOffer({ iceRestart: true });
    await pc.setLocalDescription(offer);
    if (pc === this.pc) this.socket?.send({ type: 'ice_restart', sdp: pc.localDescription?.sdp ?? offer.sdp });
  }

  private flushHeldCandidates(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const candidate of held) this.socket?.send({ type: 'ice_candidate', candidate });
  }

  private closePeer(): void {
    this.clearConnectTimer();
    if (this.pc) {
      this.pc.ontrack = null;
      this.pc.onicecandidate = null;
      this.pc.oniceconnectionstatechange = null;
      this.pc.close();
      this.pc = null;
    }
  }

  private clearConnectTimer(): void {
    if (this.connectTimer !== null) clearTimeout(this.connectTimer);
    this.connectTimer = null;
  }
}
