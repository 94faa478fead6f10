import type { ServerEvent } from './types.js';

/** The WebSocket constructor the SDK uses; the browser's by default, any compatible one (e.g. `ws`) elsewhere. */
export type WebSocketLike = new (url: string) => WebSocket;

export interface SocketHandlers {
  onEvent(event: ServerEvent): void;
  onAudio(pcm: ArrayBuffer): void;
  /** The socket closed, by either side; `code` is the close code (1006 when the network dropped it). */
  onClose(code: number, reason: string): void;
}

const PING_EVERY_MS = 5_000;
/** No message at all for this long (pongs included) means the connection is dead even if TCP has not noticed. */
const SILENCE_LIMIT_MS = 15_000;

/** One connection of the session socket: JSON events and binary audio, a ping to notice a dead network. */
export class SessionSocket {
  private readonly ws: WebSocket;
  private closed = false;
  private lastHeard = Date.now();
  private readonly pinger: ReturnType<typeof setInterval>;

  private constructor(ws: WebSocket, private readonly handlers: SocketHandlers) {
    this.ws = ws;
    ws.binaryType = 'arraybuffer';
    ws.onmessage = message => this.receive(message.data);
    ws.onclose = close => this.finish(close.code, close.reason);
    ws.onerror = () => { /* onclose follows with the code */ };
    this.pinger = setInterval(() => this.ping(), PING_EVERY_MS);
  }

  /** Opens `url` and resolves once the socket is open; rejects with the close code if it closes first. */
  static open(url: string, handlers: SocketHandlers, WebSocketImpl: WebSocketLike): Promise<SessionSocket> {
    return new Promise((resolve, reject) => {
      let ws: WebSocket;
      try {
        ws = new WebSocketImpl(url);
      } catch (error) {
        reject(new SocketClosed(1006, String(error)));
        return;
      }
      ws.onopen = () => resolve(new SessionSocket(ws, handlers));
      ws.onclose = close => reject(new SocketClosed(close.code, close.reason));
      ws.onerror = () => { /* onclose follows */ };
    });
  }

  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === 1;
  }

  send(message: Record<string, unknown>): void {
    if (this.isOpen) this.ws.send(JSON.stringify(message));
  }

  sendAudio(frame: ArrayBuffer): void {
    // A socket that cannot keep up sheds frames rather than queueing stale audio behind a slow network.
    if (this.isOpen && this.ws.bufferedAmount < 64 * 1024) this.ws.send(frame);
  }

  /** Closes from this side; no onClose callback follows. */
  close(code = 1000, reason = ''): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pinger);
    this.ws.onmessage = null;
    this.ws.onclose = null;
    try { this.ws.close(code, reason); } catch { /* already closing */ }
  }

  private receive(data: unknown): void {
    this.lastHeard = Date.now();
    if (typeof data !== 'string') {
      if (data instanceof ArrayBuffer) this.handlers.onAudio(data);
      else if (ArrayBuffer.isView(data)) this.handlers.onAudio(copy(data));
      return;
    }
    let event: unknown;
    try {
      event = JSON.parse(data);
    } catch {
      return;
    }
    if (event && typeof event === 'object' && typeof (event as ServerEvent).type === 'string') {
      this.handlers.onEvent(event as ServerEvent);
    }
  }

  private ping(): void {
    if (Date.now() - this.lastHeard > SILENCE_LIMIT_MS) {
      this.ws.close(4000, 'no answer to pings');
      this.finish(1006, 'no answer to pings');
      return;
    }
    this.send({ type: 'ping' });
  }

  private finish(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pinger);
    this.handlers.onClose(code, reason);
  }
}

/** The socket closed before it opened. */
export class SocketClosed extends Error {
  constructor(readonly code: number, readonly reason: string) {
    super(`the session socket closed with ${code}${reason ? ` (${reason})` : ''}`);
  }
}

function copy(view: ArrayBufferView): ArrayBuffer {
  const out = new ArrayBuffer(view.byteLength);
  new Uint8Array(out).set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return out;
}
