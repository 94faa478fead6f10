// Node.js has no WebRTC: this peer connection stands in for the browser's so the core's tests can check the
// signaling it drives (offer, held and trickled candidates, ICE restart). It records what the SDK asked of it;
// real media runs in Chromium in the browser tests.
export class FakePeerConnection {
  static readonly all: FakePeerConnection[] = [];
  readonly remoteDescriptions: RTCSessionDescriptionInit[] = [];
  readonly remoteCandidates: RTCIceCandidateInit[] = [];
  readonly tracks: unknown[] = [];
  localDescription: RTCSessionDescriptionInit | null = null;
  iceConnectionState: RTCIceConnectionState = 'new';
  closed = false;
  restarts = 0;
  onicecandidate: ((event: { candidate: { toJSON(): RTCIceCandidateInit } | null }) => void) | null = null;
  oniceconnectionstatechange: (() => void) | null = null;
  ontrack: ((event: unknown) => void) | null = null;
  private offers = 0;

  constructor(readonly config: RTCConfiguration) {
    FakePeerConnection.all.push(this);
  }

  addTrack(track: unknown): void { this.tracks.push(track); }

  async createOffer(options?: RTCOfferOptions): Promise<RTCSessionDescriptionInit> {
    this.offers++;
    return { type: 'offer', sdp: `v=0 offer ${this.offers}${options?.iceRestart ? ' ice-restart' : ''}` };
  }

  async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.localDescription = description;
    // Gathering starts now: a host candidate shows up before the answer can have arrived.
    queueMicrotask(() => this.onicecandidate?.({
      candidate: { toJSON: () => ({ candidate: `candidate:${this.offers} 1 udp 1 127.0.0.1 5000 typ host`, sdpMid: '0',
        sdpMLineIndex: 0 }) },
    }));
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remoteDescriptions.push(description);
  }

  async addIceCandidate(candidate: RTCIceCandidateInit): Promise<void> {
    this.remoteCandidates.push(candidate);
  }

  restartIce(): void { this.restarts++; }

  close(): void { this.closed = true; }

  /** What the network does to the connection. */
  ice(state: RTCIceConnectionState): void {
    this.iceConnectionState = state;
    this.oniceconnectionstatechange?.();
  }
}
