import { createCallController, type CallState, type ParleyCall, type ParleyCallOptions } from '@parley/sdk-core';
import { onDestroy } from 'svelte';
import { fromStore, readable, type Readable } from 'svelte/store';

export type { CallState, ParleyCallOptions, TranscriptEntry, TurnLatency } from '@parley/sdk-core';

/** A Svelte store of the call's state (`$call.connection`) with the call's actions. */
export interface ParleyCallStore extends Readable<CallState> {
  /** The state for runes: reading `call.current` in a template, `$derived` or `$effect` tracks it. */
  readonly current: CallState;
  /** Starts a call unless one is live; never rejects (failures show in the state's `error`). */
  start(): Promise<void>;
  end(): Promise<void>;
  mute(muted: boolean): void;
  readonly call: ParleyCall | null;
  /** Ends the call; automatic when created during a component's initialisation. */
  dispose(): Promise<void>;
}

/** A voice call for a component: `const call = parleyCall({ baseUrl, deploymentId, publishableKey })`. */
export function parleyCall(options: ParleyCallOptions): ParleyCallStore {
  const controller = createCallController(options);
  const store = readable(controller.store.getState(), set => {
    set(controller.store.getState());
    return controller.store.subscribe(set);
  });
  const reactive = fromStore(store);
  try {
    onDestroy(() => void controller.dispose());
  } catch {
    // Created outside a component (a module or a test): whoever made it calls dispose().
  }
  return {
    subscribe: store.subscribe,
    get current() { return reactive.current; },
    start: () => controller.start(),
    end: () => controller.end(),
    mute: muted => controller.mute(muted),
    get call() { return controller.call; },
    dispose: () => controller.dispose(),
  };
}
