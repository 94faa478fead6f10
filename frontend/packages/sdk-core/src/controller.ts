import type { CallOptions, ParleyCall } from './call.js';
import { createParleyClient, type ParleyClient, type ParleyClientOptions } from './client.js';
import { initialState } from './reducer.js';
import { createStore, type Store } from './store.js';
import type { CallState } from './types.js';

/** A client (or what it takes to make one) and the options of each call. */
export type ParleyCallOptions = (ParleyClientOptions | { client: ParleyClient }) & CallOptions;

/**
 * A call slot a UI component can hold for its whole life: each `start()` places a new call when the previous one
 * is over, and {@link store} always shows the current call. The framework adapters are built on this.
 */
export interface ParleyCallController {
  readonly store: Store<CallState>;
  /** The current call, if one was started. */
  readonly call: ParleyCall | null;
  /** Starts a call unless one is live. Never rejects: failures show in the store's `error`. */
  start(): Promise<void>;
  end(): Promise<void>;
  mute(muted: boolean): void;
  /** Ends any live call and stops following it (the component is going away). */
  dispose(): Promise<void>;
}

const LIVE = new Set<CallState['connection']>(['requesting_microphone', 'connecting', 'connected', 'reconnecting']);

export function createCallController(options: ParleyCallOptions): ParleyCallController {
  const { client: given, ...rest } = options as ParleyCallOptions & { client?: ParleyClient };
  const client = given ?? createParleyClient(rest as ParleyClientOptions);
  const callOptions: CallOptions = {
    transport: options.transport, microphone: options.microphone, audioConstraints: options.audioConstraints,
    outputSampleRate: options.outputSampleRate, reconnectGraceMs: options.reconnectGraceMs,
    mediaConnectTimeoutMs: options.mediaConnectTimeoutMs,
  };
  const store = createStore<CallState>(initialState);
  let call: ParleyCall | null = null;
  let unfollow = (): void => {};

  return {
    store: { getState: store.getState, subscribe: store.subscribe },
    get call() { return call; },
    async start() {
      if (call && LIVE.has(call.store.getState().connection)) return;
      unfollow();
      const next = client.call(withoutUndefined(callOptions));
      call = next;
      // Mute carries over from the previous call, so the UI's toggle keeps meaning what it shows.
      if (store.getState().muted) next.mute(true);
      unfollow = next.store.subscribe(state => store.update(() => state));
      store.update(() => next.store.getState());
      await next.start().catch(() => { /* the store holds the error */ });
    },
    async end() {
      await call?.end();
    },
    mute(muted) {
      if (call) call.mute(muted); else store.update(state => ({ ...state, muted }));
    },
    async dispose() {
      const current = call;
      await current?.end();
      unfollow();
    },
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
