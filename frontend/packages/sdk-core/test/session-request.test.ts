import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createParleyClient, SessionRefusedError, type ParleyClientOptions, type WebSocketLike } from '../src/index.js';
import { FakePcmAudio, fakeMicrophone } from './fake-media.js';
import { FakeParley } from './fake-parley.js';

let parley: FakeParley;
beforeEach(async () => { parley = await FakeParley.start(); });
afterEach(async () => { await parley.close(); });

function environment() {
  return { WebSocket: WebSocket as unknown as WebSocketLike, createPcmAudio: () => new FakePcmAudio() };
}

async function refusedWith(options: ParleyClientOptions): Promise<SessionRefusedError> {
  const call = createParleyClient({ ...options, environment: environment() })
    .call({ microphone: fakeMicrophone().stream });
  const error = await call.start().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SessionRefusedError);
  expect(call.store.getState().connection).toBe('failed');
  expect(call.store.getState().error?.code).toBe((error as SessionRefusedError).code);
  return error as SessionRefusedError;
}

describe('opening a session', () => {
  it('sends the publishable key as a bearer token with the deployment', async () => {
    const call = createParleyClient({ baseUrl: parley.baseUrl, deploymentId: 'dep-1', publishableKey: 'pk_abc',
      environment: environment() }).call({ microphone: fakeMicrophone().stream });
    await call.start();
    expect(parley.requests[0]?.headers.authorization).toBe('Bearer pk_abc');
    expect(parley.requests[0]?.body).toEqual({ deploymentId: 'dep-1' });
    expect(call.store.getState()).toMatchObject({ connection: 'connected', sessionId: 'session-1' });
    await call.end();
  });

  it('names the workspace for a dashboard admin trying a deployment', async () => {
    const call = createParleyClient({ baseUrl: parley.baseUrl, deploymentId: 'dep-1', workspaceId: 'ws-1',
      credentials: 'include', environment: environment() }).call({ microphone: fakeMicrophone().stream });
    await call.start();
    expect(parley.requests[0]?.body).toEqual({ deploymentId: 'dep-1', workspaceId: 'ws-1' });
    expect(parley.requests[0]?.headers.authorization).toBeUndefined();
    await call.end();
  });

  it('uses a grant from the tenant back end without calling Parley over HTTP', async () => {
    const call = createParleyClient({ createSession: async () => parley.grant() as never, environment: environment() })
      .call({ microphone: fakeMicrophone().stream });
    await call.start();
    expect(parley.requests).toHaveLength(0);
    expect(call.store.getState().connection).toBe('connected');
    await call.end();
  });

  it('surfaces a workspace quota refusal with its reason and Retry-After', async () => {
    parley.refusal = { status: 429, retryAfter: '10', problem: { type: 'https://parley.dev/problems/session-refused',
      title: 'Session refused', status: 429, reason: 'workspace_quota',
      detail: 'The workspace already has 2 live sessions, its concurrency quota' } };
    const error = await refusedWith({ baseUrl: parley.baseUrl, deploymentId: 'd', publishableKey: 'pk' });
    expect(error.code).toBe('workspace_quota');
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(10);
    expect(error.message).toContain('concurrency quota');
  });

  it('surfaces a node at capacity as 503 with Retry-After', async () => {
    parley.refusal = { status: 503, retryAfter: '5', problem: { status: 503, reason: 'node_at_capacity', detail: 'full' } };
    const error = await refusedWith({ baseUrl: parley.baseUrl, deploymentId: 'd', publishableKey: 'pk' });
    expect([error.code, error.status, error.retryAfterSeconds]).toEqual(['node_at_capacity', 503, 5]);
  });

  it('reports a wrong key as unauthorized, and a body that is not a problem by its status alone', async () => {
    parley.refusal = { status: 401, problem: { status: 401, title: 'Unauthorized', detail: 'unknown key' } };
    const unauthorized = await refusedWith({ baseUrl: parley.baseUrl, deploymentId: 'd', publishableKey: 'pk_bad' });
    expect([unauthorized.code, unauthorized.message, unauthorized.retryAfterSeconds]).toEqual(['unauthorized', 'unknown key', null]);

    parley.refusal = { status: 502, text: '<html>Bad gateway</html>' };
    const proxy = await refusedWith({ baseUrl: parley.baseUrl, deploymentId: 'd', publishableKey: 'pk' });
    expect([proxy.code, proxy.problem]).toEqual(['server_error', null]);
  });

  it('says so when Parley cannot be reached at all', async () => {
    const call = createParleyClient({ baseUrl: 'http://127.0.0.1:1', deploymentId: 'd', publishableKey: 'pk',
      environment: environment() }).call({ microphone: fakeMicrophone().stream });
    await expect(call.start()).rejects.toMatchObject({ code: 'network_error' });
    expect(call.store.getState().error?.code).toBe('network_error');
  });
});
