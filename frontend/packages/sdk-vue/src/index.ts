import { createCallController, type CallState, type ParleyCall, type ParleyCallOptions } from '@parley/sdk-core';
import { getCurrentScope, onScopeDispose, readonly, shallowRef, type ShallowRef } from 'vue';

export type { CallState, ParleyCallOptions, TranscriptEntry, TurnLatency } from '@parley/sdk-core';

export interface UseParleyCall {
  /** The current call's state, replaced (never mutated) on every change. */
  state: Readonly<ShallowRef<CallState>>;
  /** Starts a call unless one is live; never rejects (failures show in `state.value.error`). */
  start(): Promise<void>;
  end(): Promise<void>;
  mute(muted: boolean): void;
  /** The underlying call, for `onEvent` and the like; null before the first start. */
  readonly call: ParleyCall | null;
}

/** A voice call for a component or effect scope; it ends when the scope is disposed (the component unmounts). */
export function useParleyCall(options: ParleyCallOptions): UseParleyCall {
  const controller = createCallController(options);
  const state = shallowRef<CallState>(controller.store.getState());
  const unsubscribe = controller.store.subscribe(next => { state.value = next; });
  if (getCurrentScope()) {
    onScopeDispose(() => {
      unsubscribe();
      void controller.dispose();
    });
  }
  return {
    state: readonly(state) as Readonly<ShallowRef<CallState>>,
    start: () => controller.start(),
    end: () => controller.end(),
    mute: muted => controller.mute(muted),
    get call() { return controller.call; },
  };
}
