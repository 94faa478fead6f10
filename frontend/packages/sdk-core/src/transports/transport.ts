import type { SessionSocket } from '../signaling.js';
import type { ServerEvent, TransportKind } from '../types.js';

/**
 * One way of carrying the call's media. The call owns the session socket and hands each freshly opened one to
 * {@link MediaTransport.begin}; the transport sends its `start` and handles what concerns media.
 */
export interface MediaTransport {
  readonly kind: TransportKind;
  /** Sends this transport's `start` on a newly opened socket (first connect or reconnect). */
  begin(socket: SessionSocket): Promise<void>;
  onEvent(event: ServerEvent): void;
  /** Agent audio that arrived on the socket (WebSocket transport only). */
  onAudio(pcm: ArrayBuffer): void;
  setMuted(muted: boolean): void;
  /** The socket dropped: stop sending and let go of per-connection media until the next {@link begin}. */
  suspend(): void;
  /** Releases everything this transport holds (not the microphone, which the call owns). */
  close(): Promise<void>;
}

/** What a transport may tell the call. */
export interface TransportEvents {
  /** WebRTC media never came up or was refused; the call may fall back to the WebSocket transport. */
  mediaFailed(code: string, message: string): void;
}
