import { createCallController, initialState, type CallState, type ParleyCall, type ParleyCallController,
  type ParleyCallOptions } from '@parley/sdk-core';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

export type { CallState, ParleyCallOptions, TranscriptEntry, TurnLatency } from '@parley/sdk-core';

export interface UseParleyCall {
  /** The current call's state; re-renders on every change. */
  state: CallState;
  /** Starts a call unless one is live; never rejects (failures show in `state.error`). */
  start(): Promise<void>;
  end(): Promise<void>;
  mute(muted: boolean): void;
  /** The underlying call, for `onEvent` and the like; null before the first start. */
  call: ParleyCall | null;
}

/**
 * A voice call for a component. Options are read when the component mounts (give it a `key` to change
 * deployment); the call ends when the component unmounts.
 */
export function useParleyCall(options: ParleyCallOptions): UseParleyCall {
  const [controller] = useState<ParleyCallController>(() => createCallController(options));
  const state = useSyncExternalStore(controller.store.subscribe, controller.store.getState, serverState);
  const disposed = useRef(false);
  useEffect(() => {
    disposed.current = false;
    return () => {
      // StrictMode unmounts and remounts once in development: end only if the component is really gone.
      disposed.current = true;
      queueMicrotask(() => { if (disposed.current) void controller.dispose(); });
    };
  }, [controller]);
  return {
    state,
    start: useCallback(() => controller.start(), [controller]),
    end: useCallback(() => controller.end(), [controller]),
    mute: useCallback((muted: boolean) => controller.mute(muted), [controller]),
    call: controller.call,
  };
}

function serverState(): CallState {
  return initialState;
}
