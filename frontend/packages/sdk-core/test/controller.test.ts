import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCallController, type WebSocketLike } from '../src/index.js';
import { FakePcmAudio, fakeMicrophone } from './fake-media.js';
import { FakeParley, until } from './fake-parley.js';

let parley: FakeParley;
beforeEach(async () => { parley = await FakeParley.start(); });
afterEach(async () => { await parley.close(); });

describe('a call controller', () => {
  it('follows each new call in one store and places a new call after the last one ended', async () => {
    const controller = createCallController({
      baseUrl: parley.baseUrl, deploymentId: 'd', publishableKey: 'pk', transport: 'websocket',
      microphone: fakeMicrophone().stream,
      environment: { WebSocket: WebSocket as unknown as WebSocketLike, createPcmAudio: () => new FakePcmAudio() },
    });
    const seen: string[] = [];
    controller.store.subscribe(state => seen.push(state.connection));
    controller.mute(true);
    await controller.start();
    expect(controller.store.getState()).toMatchObject({ connection: 'connected', muted: true });
    parley.event(parley.last, { type: 'agent_state', state: 'LISTENING' });
    await until(() => controller.store.getState().agentState === 'listening', 'the agent state');
    const first = controller.call;
    await controller.end();
    expect(controller.store.getState().connection).toBe('ended');
    await controller.start();
    expect(controller.call).not.toBe(first);
    expect(parley.requests).toHaveLength(2);
    expect(controller.store.getState().connection).toBe('connected');
    await controller.dispose();
    expect(seen.at(-1)).toBe('ended');
  });

  it('never rejects start: a refusal lands in the store', async () => {
    parley.refusal = { status: 401, problem: { detail: 'unknown key' } };
    const controller = createCallController({ baseUrl: parley.baseUrl, deploymentId: 'd', publishableKey: 'pk',
      microphone: fakeMicrophone().stream, environment: { WebSocket: WebSocket as unknown as WebSocketLike } });
    await controller.start();
    expect(controller.store.getState()).toMatchObject({ connection: 'failed', error: { code: 'unauthorized' } });
  });
});
