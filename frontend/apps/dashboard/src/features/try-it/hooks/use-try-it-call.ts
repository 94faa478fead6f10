import { createParleyClient, type CallState, type ParleyCall } from '@parley/sdk-core';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { env } from '@/config/env';

const idle: CallState = {
  connection: 'idle', transport: null, sessionId: null, agentState: null, muted: false, transcript: [], turns: [], error: null,
};

/**
 * One browser call to a deployment through @parley/sdk-core, authenticated by the admin's dashboard login
 * cookie. The call's store drives the UI; a new call replaces the previous one, and leaving the page hangs up.
 */
export function useTryItCall(workspaceId: string, deploymentId: string) {
  const callRef = useRef<ParleyCall | null>(null);
  const subscribersRef = useRef(new Set<() => void>());
  const notify = () => subscribersRef.current.forEach((l) => l());

  const subscribe = useCallback((listener: () => void) => {
    subscribersRef.current.add(listener);
    return () => subscribersRef.current.delete(listener);
  }, []);
  const getSnapshot = useCallback(() => callRef.current?.store.getState() ?? idle, []);
  const state = useSyncExternalStore(subscribe, getSnapshot);

  const start = useCallback(async () => {
    await callRef.current?.end().catch(() => {});
    const baseUrl = env.apiBaseUrl || window.location.origin;
    const client = createParleyClient({ baseUrl, deploymentId, workspaceId, credentials: 'include' });
    const call = client.call({ transport: 'auto' });
    callRef.current = call;
    call.store.subscribe(notify);
    notify();
    // A refusal or a denied microphone also lands in the store as `failed` with its error.
    await call.start().catch(() => {});
  }, [deploymentId, workspaceId]);

  const end = useCallback(async () => {
    await callRef.current?.end().catch(() => {});
  }, []);

  const mute = useCallback((muted: boolean) => callRef.current?.mute(muted), []);

  useEffect(() => () => {
    void callRef.current?.end().catch(() => {});
  }, []);

  return { state, start, end, mute };
}
