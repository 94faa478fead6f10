import { asParleyError, closeVerdict, startFailure } from './close-codes.js';
import type { ParleyEnvironment } from './environment.js';
import { ConnectionError, ParleyError } from './errors.js';
import { DEFAULT_AUDIO_CONSTRAINTS, openMicrophone } from './media/microphone.js';
import type { OutputSampleRate } from './media/pcm.js';
import { EventReducer, initialState } from './reducer.js';
import { requestSession, type SessionAuth } from './session-request.js';
import { SessionSocket, SocketClosed } from './signaling.js';
import { createStore, type Store } from './store.js';
import { PlaybackTracker } from './transports/playback-tracker.js';
import type { MediaTransport } from './transports/transport.js';
import { chooseTransport, createTransport } from './transports/factory.js';
import type { CallState, ServerEvent, SessionGrant, TransportChoice, TransportKind } from './types.js';
import { Timers } from './timers.js';

export interface CallOptions {
  /** `auto` (default): WebRTC when the server offers it and the browser has it, else PCM over the WebSocket. */
  transport?: TransportChoice;
  /** A microphone stream to use instead of asking for one; the SDK leaves its tracks running at the end. */
  microphone?: MediaStream;
  audioConstraints?: MediaTrackConstraints;
  /** Agent audio rate for the WebSocket transport; 16000 by default. */
  outputSampleRate?: OutputSampleRate;
  /** How long to keep trying to reconnect after the socket drops; match the server's reconnect grace (30 s). */
  reconnectGraceMs?: number;
  /** How long WebRTC media may take to connect before `auto` falls back to the WebSocket transport. */
  mediaConnectTimeoutMs?: number;
}

/**
 * One conversation with a deployment. `start()` asks for the microphone, opens a session and connects; the
 * {@link store} says what is happening; `end()` hangs up and releases the microphone, sockets, audio and timers.
 */
export class ParleyCall {
  private readonly state = createStore<CallState>(initialState);
  readonly store: Store<CallState> = { getState: this.state.getState, subscribe: this.state.subscribe };
  private readonly reducer = new EventReducer();
  private readonly timers = new Timers();
  private readonly tracker = new PlaybackTracker(message => this.socket?.send(message));
  private readonly listeners = new Set<(event: ServerEvent) => void>();
  private grant: SessionGrant | null = null;
  private microphone: MediaStream | null = null;
  private transport: MediaTransport | null = null;
  private socket: SessionSocket | null = null;
  private droppedAt: number | null = null;
  private fellBack = false;
  private finished = false;
  private ending = false;
  private started: { resolve: () => void; reject: (error: unknown) => void } | null = null;
  private readonly done: Promise<void>;
  private resolveDone!: () => void;

  constructor(private readonly auth: SessionAuth, private readonly options: CallOptions,
              private readonly env: ParleyEnvironment) {
    this.done = new Promise(resolve => { this.resolveDone = resolve; });
  }

  /** Resolves once the call is connected; rejects with a {@link ParleyError} (the store then says `failed`). */
  async start(): Promise<void> {
    if (this.state.getState().connection !== 'idle') throw new ParleyError('already_started', 'a call starts once');
    try {
      this.set({ connection: 'requesting_microphone' });
      this.microphone = this.options.microphone ?? await openMicrophone(this.env.getUserMedia,
        this.options.audioConstraints ?? DEFAULT_AUDIO_CONSTRAINTS);
      if (this.finished) return this.release();
      this.set({ connection: 'connecting' });
      this.grant = await requestSession(this.auth, this.env.fetch);
      if (this.finished) return;
      this.set({ sessionId: this.grant.sessionId });
      this.useTransport(chooseTransport(this.grant, this.options.transport ?? 'auto', this.env));
      const connected = new Promise<void>((resolve, reject) => { this.started = { resolve, reject }; });
      await this.openSocket();
      await connected;
    } catch (error) {
      const failure = startFailure(error);
      await this.finish('failed', failure);
      throw failure;
    }
  }

  /** Silences the caller (the line keeps running, so the agent hears silence, not a dropped call). */
  mute(muted: boolean): void {
    this.transport?.setMuted(muted);
    this.set({ muted });
  }

  /** Every raw server event, for what the store does not cover (tool calls, fallbacks); returns the unsubscribe. */
  onEvent(listener: (event: ServerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** Hangs up: the server ends the call (`client_ended`), then everything is released. */
  async end(): Promise<void> {
    if (this.finished) return this.done;
    this.ending = true;
    if (this.socket?.isOpen && this.state.getState().connection === 'connected') {
      this.socket.send({ type: 'end' });
      await Promise.race([this.done, this.timers.sleep(3000)]);
    }
    await this.finish('ended', null);
  }

  private useTransport(kind: TransportKind): void {
    this.transport = createTransport(kind, {
      microphone: this.microphone!, grant: this.grant!, env: this.env, tracker: this.tracker,
      events: { mediaFailed: (code, message) => void this.mediaFailed(code, message) },
      outputSampleRate: this.options.outputSampleRate ?? 16000,
      mediaConnectTimeoutMs: this.options.mediaConnectTimeoutMs ?? 10_000,
    });
    this.transport.setMuted(this.state.getState().muted);
    this.set({ transport: kind });
  }

  private async openSocket(): Promise<void> {
    const url = `${this.grant!.signalingUrl}?token=${encodeURIComponent(this.grant!.token)}`;
    const socket = await SessionSocket.open(url, {
      onEvent: event => this.onServerEvent(event),
      onAudio: pcm => this.transport?.onAudio(pcm),
      onClose: (code, reason) => { if (this.socket === socket) void this.socketClosed(code, reason); },
    }, this.env.WebSocket);
    if (this.finished) {
      socket.close();
      return;
    }
    this.socket = socket;
    await this.transport!.begin(socket);
  }

  private onServerEvent(event: ServerEvent): void {
    this.tracker.observe(event);
    this.transport?.onEvent(event);
    this.state.update(state => this.reducer.reduce(state, event));
    if (event.type === 'session_started') {
      this.droppedAt = null;
      this.set({ connection: 'connected' });
      this.started?.resolve();
      this.started = null;
    } else if (event.type === 'session_ended') {
      this.ending = true;
    }
    for (const listener of [...this.listeners]) listener(event);
  }

  private async socketClosed(code: number, reason: string): Promise<void> {
    this.socket = null;
    const verdict = closeVerdict(code, reason);
    if (this.ending || verdict.kind === 'ended') return this.finish('ended', null);
    if (verdict.kind === 'failed') return this.finish('failed', verdict.error);
    await this.reconnect();
  }

  /** The socket dropped: same token, same call, within the grace period (`session_started` says `resumed`). */
  private async reconnect(): Promise<void> {
    this.transport?.suspend();
    this.set({ connection: 'reconnecting' });
    this.droppedAt ??= Date.now();
    const expiry = Date.parse(this.grant!.expiresAt);
    const deadline = Math.min(this.droppedAt + (this.options.reconnectGraceMs ?? 30_000),
      Number.isNaN(expiry) ? Infinity : expiry);
    for (let delay = 250; !this.finished && Date.now() < deadline; delay = Math.min(delay * 2, 4000)) {
      await this.timers.sleep(delay);
      if (this.finished) return;
      try {
        await this.openSocket();
        return; // `session_started` marks the call connected; another drop comes back here
      } catch (error) {
        if (!(error instanceof SocketClosed)) return this.finish('failed', asParleyError(error));
        const verdict = closeVerdict(error.code, error.reason);
        if (verdict.kind === 'failed') return this.finish('failed', verdict.error);
        if (verdict.kind === 'ended') return this.finish('ended', null);
      }
    }
    if (!this.finished) {
      await this.finish('failed', new ConnectionError('connection_lost',
        'the connection dropped and could not be restored within the reconnect grace period', null));
    }
  }

  /** WebRTC cannot carry this call: `auto` moves it to the WebSocket transport, on a new socket. */
  private async mediaFailed(code: string, message: string): Promise<void> {
    if (this.finished || this.transport?.kind !== 'webrtc') return;
    if ((this.options.transport ?? 'auto') !== 'auto' || this.fellBack || !this.grant!.transports.includes('websocket')) {
      return this.finish('failed', new ConnectionError(code, message, null));
    }
    this.fellBack = true;
    const old = this.transport;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'falling back to the websocket transport');
    await old.close();
    this.useTransport('websocket');
    await this.reconnect();
  }

  private async finish(final: 'ended' | 'failed', error: ParleyError | null): Promise<void> {
    if (this.finished) return this.done;
    this.finished = true;
    this.timers.clearAll();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'client_ended');
    await this.transport?.close().catch(() => { /* already released */ });
    this.transport = null;
    this.release();
    this.set({ connection: final, agentState: null, error: error ? { code: error.code, message: error.message } : null });
    if (error) this.started?.reject(error); else this.started?.resolve();
    this.started = null;
    this.resolveDone();
  }

  /** Stops the microphone if the SDK opened it. */
  private release(): void {
    if (this.microphone && this.microphone !== this.options.microphone) {
      for (const track of this.microphone.getTracks()) track.stop();
    }
    this.microphone = null;
  }

  private set(patch: Partial<CallState>): void {
    this.state.update(state => {
      for (const key of Object.keys(patch) as (keyof CallState)[]) {
        if (!Object.is(state[key], patch[key])) return { ...state, ...patch };
      }
      return state;
    });
  }
}
