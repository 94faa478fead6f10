import { describe, expectTypeOf, it } from 'vitest';
import {
  createParleyClient, SessionRefusedError, type CallState, type ConnectionState, type ParleyCall, type SessionGrant,
  type Store,
} from '../src/index.js';

describe('the public API types', () => {
  it('accepts each of the three ways to get a session, and nothing half-specified', () => {
    expectTypeOf(createParleyClient).toBeCallableWith({ baseUrl: 'https://p', deploymentId: 'd', publishableKey: 'pk_x' });
    expectTypeOf(createParleyClient).toBeCallableWith(
      { baseUrl: 'https://p', deploymentId: 'd', workspaceId: 'w', credentials: 'include' });
    expectTypeOf(createParleyClient).toBeCallableWith({ createSession: async (): Promise<SessionGrant> => ({} as SessionGrant) });
    // @ts-expect-error a deployment alone is no credential
    createParleyClient({ baseUrl: 'https://p', deploymentId: 'd' });
  });

  it('gives a call with a subscribable store of the call state', () => {
    const call = createParleyClient({ baseUrl: '', deploymentId: '', publishableKey: '' }).call({ transport: 'websocket' });
    expectTypeOf(call).toEqualTypeOf<ParleyCall>();
    expectTypeOf(call.store).toEqualTypeOf<Store<CallState>>();
    expectTypeOf(call.store.subscribe).returns.toEqualTypeOf<() => void>();
    expectTypeOf(call.start).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(call.mute).parameter(0).toEqualTypeOf<boolean>();
    expectTypeOf<CallState['connection']>().toEqualTypeOf<ConnectionState>();
    expectTypeOf<CallState['agentState']>().toEqualTypeOf<'listening' | 'thinking' | 'speaking' | null>();
    expectTypeOf<CallState['error']>().toEqualTypeOf<{ code: string; message: string } | null>();
    // @ts-expect-error only the offered transports
    createParleyClient({ baseUrl: '', deploymentId: '', publishableKey: '' }).call({ transport: 'carrier-pigeon' });
  });

  it('types refusals with their HTTP details', () => {
    expectTypeOf<SessionRefusedError['retryAfterSeconds']>().toEqualTypeOf<number | null>();
    expectTypeOf<SessionRefusedError['status']>().toEqualTypeOf<number>();
  });
});

describe('the call state shape the dashboard and bindings rely on', () => {
  it('stays exactly these fields', () => {
    expectTypeOf<keyof CallState>().toEqualTypeOf<
      'connection' | 'transport' | 'sessionId' | 'agentState' | 'muted' | 'transcript' | 'turns' | 'error'>();
  });
});
