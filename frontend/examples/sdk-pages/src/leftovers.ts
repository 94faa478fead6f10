// Counts what a call leaves open in the page after it ends: audio contexts, microphone tracks, peer connections
// and sockets. Installed before any call is made, by wrapping the browser's constructors the SDK uses.
const contexts: AudioContext[] = [];
const tracks: MediaStreamTrack[] = [];
const peers: RTCPeerConnection[] = [];
const sockets: WebSocket[] = [];

const NativeAudioContext = window.AudioContext;
window.AudioContext = class extends NativeAudioContext {
  constructor(options?: AudioContextOptions) {
    super(options);
    contexts.push(this);
  }
};
const NativePeerConnection = window.RTCPeerConnection;
window.RTCPeerConnection = class extends NativePeerConnection {
  constructor(configuration?: RTCConfiguration) {
    super(configuration);
    peers.push(this);
  }
} as typeof RTCPeerConnection;
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    sockets.push(this);
  }
} as typeof WebSocket;
const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
navigator.mediaDevices.getUserMedia = async constraints => {
  const stream = await getUserMedia(constraints);
  tracks.push(...stream.getTracks());
  return stream;
};

/** Drops the page's open session sockets the way a lost network does (a close code that is not a hang-up). */
export function dropSockets(): void {
  for (const socket of sockets) if (socket.readyState === NativeWebSocket.OPEN) socket.close(4000, 'network lost');
}

export function leftovers(): Record<string, number> {
  return {
    audioContextsCreated: contexts.length,
    audioContextsOpen: contexts.filter(c => c.state !== 'closed').length,
    microphoneTracksLive: tracks.filter(t => t.readyState === 'live').length,
    peerConnectionsOpen: peers.filter(p => p.signalingState !== 'closed').length,
    socketsOpen: sockets.filter(s => s.readyState === NativeWebSocket.CONNECTING || s.readyState === NativeWebSocket.OPEN).length,
  };
}
