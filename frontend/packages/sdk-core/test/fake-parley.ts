// A stand-in for a Parley node on loopback, speaking docs/session-protocol.md over real HTTP and a real WebSocket
// (the `ws` package), so the SDK core's tests exercise its wire handling without the Java node. The real node is
// exercised by the browser tests in app/ (io.parley.app.sdk.SdkBrowserTests).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SessionRequest {
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface ClientSocket {
  socket: WebSocket;
  messages: Record<string, unknown>[];
  frames: Buffer[];
  closed: boolean;
}

type Refusal = { status: number; problem?: Record<string, unknown>; retryAfter?: string; text?: string };

export class FakeParley {
  readonly requests: SessionRequest[] = [];
  readonly sockets: ClientSocket[] = [];
  refusal: Refusal | null = null;
  transports = ['websocket'];
  token = 'token-1';
  /** When set, grants carry a token this server refuses (as after tampering or expiry). */
  grantsForgedTokens = false;
  /** False drops every new socket connection (a network that stays down). */
  acceptingSockets = true;
  /** How the server answers a `start`: by default session_started, resumed after the first connection. */
  onStart: (client: ClientSocket, start: Record<string, unknown>) => void = client => {
    this.event(client, { type: 'session_started', sessionId: 'session-1', transport: 'websocket',
      inputSampleRate: 16000, outputSampleRate: 16000, resumed: this.sockets.indexOf(client) > 0 });
  };
  private seq = 0;
  private readonly http: Server;
  private readonly wss: WebSocketServer;

  private constructor() {
    this.http = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== '/v1/sessions/session-1/ws' || !this.acceptingSockets) { socket.destroy(); return; }
      this.wss.handleUpgrade(req, socket, head, ws => this.accept(ws, url.searchParams.get('token')));
    });
  }

  static async start(): Promise<FakeParley> {
    const parley = new FakeParley();
    await new Promise<void>(resolve => parley.http.listen(0, '127.0.0.1', resolve));
    return parley;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  grant(): Record<string, unknown> {
    return {
      sessionId: 'session-1', token: this.grantsForgedTokens ? `${this.token}x` : this.token, expiresAt: new Date(Date.now() + 300_000).toISOString(),
      signalingUrl: `${this.baseUrl.replace('http', 'ws')}/v1/sessions/session-1/ws`,
      transports: this.transports, iceServers: [],
    };
  }

  /** Sends an event with `atMs` and `seq`, as the node does. */
  event(client: ClientSocket, event: Record<string, unknown>): void {
    client.socket.send(JSON.stringify({ atMs: 0, seq: ++this.seq, ...event }));
  }

  get last(): ClientSocket {
    const client = this.sockets.at(-1);
    if (!client) throw new Error('no client connected yet');
    return client;
  }

  openSockets(): number {
    return this.sockets.filter(s => !s.closed).length;
  }

  async close(): Promise<void> {
    for (const client of this.sockets) client.socket.terminate();
    await new Promise<void>(resolve => this.wss.close(() => resolve()));
    await new Promise<void>(resolve => this.http.close(() => resolve()));
  }

  private accept(ws: WebSocket, token: string | null): void {
    const client: ClientSocket = { socket: ws, messages: [], frames: [], closed: false };
    this.sockets.push(client);
    ws.on('close', () => { client.closed = true; });
    if (token !== this.token) { setImmediate(() => ws.close(4401, 'invalid token')); return; }
    ws.on('message', (data, binary) => {
      if (binary) { client.frames.push(data as Buffer); return; }
      const message = JSON.parse(String(data)) as Record<string, unknown>;
      client.messages.push(message);
      if (message.type === 'start') this.onStart(client, message);
      if (message.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
      if (message.type === 'end') {
        this.event(client, { type: 'session_ended', reason: 'client_ended' });
        ws.close(1000, 'client_ended');
      }
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method !== 'POST' || req.url !== '/v1/sessions') { res.writeHead(404).end(); return; }
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    this.requests.push({ headers: req.headers, body: JSON.parse(raw || '{}') as Record<string, unknown> });
    const refusal = this.refusal;
    if (refusal) {
      const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
      if (refusal.retryAfter) headers['Retry-After'] = refusal.retryAfter;
      res.writeHead(refusal.status, headers).end(refusal.text ?? JSON.stringify(refusal.problem ?? {}));
      return;
    }
    res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify(this.grant()));
  }
}

/** Polls `condition` until it holds, for at most `ms`; no fixed sleeps. */
export async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}
