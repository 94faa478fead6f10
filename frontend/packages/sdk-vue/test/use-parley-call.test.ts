import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, h, nextTick } from 'vue';
import WebSocket from 'ws';
import type { SessionGrant, WebSocketLike } from '@parley/sdk-core';
import { FakePcmAudio, fakeMicrophone } from '../../sdk-core/test/fake-media.js';
import { FakeParley, until } from '../../sdk-core/test/fake-parley.js';
import { useParleyCall } from '../src/index.js';

let parley: FakeParley;
beforeEach(async () => { parley = await FakeParley.start(); });
afterEach(async () => { await parley.close(); });

const Talk = defineComponent({
  setup() {
    const { state, start } = useParleyCall({
      createSession: async () => parley.grant() as unknown as SessionGrant, transport: 'websocket',
      microphone: fakeMicrophone().stream,
      environment: { WebSocket: WebSocket as unknown as WebSocketLike, createPcmAudio: () => new FakePcmAudio() },
    });
    return () => h('div', [
      h('button', { id: 'start', onClick: () => void start() }, 'Talk'),
      h('p', { id: 'connection' }, state.value.connection),
      h('p', { id: 'latency' }, state.value.turns.map(t => `${t.turnId}:${t.voiceToVoiceMs}`).join(',')),
    ]);
  },
});

describe('useParleyCall', () => {
  it('renders the call state in a component and ends the call on unmount', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp(Talk);
    app.mount(host);
    const text = (id: string) => host.querySelector(`#${id}`)!.textContent;
    expect(text('connection')).toBe('idle');

    (host.querySelector('#start') as HTMLButtonElement).click();
    await until(() => text('connection') === 'connected', 'connected');
    parley.event(parley.last, { type: 'turn_timeline', turnId: 2, marksMs: {}, gapsMs: {}, totalMs: 610,
      voiceToVoiceMs: 610, budgetMs: 800, overBudget: false });
    await until(() => text('latency') === '2:610', 'the turn latency');

    app.unmount();
    await nextTick();
    await until(() => parley.openSockets() === 0, 'the call to end with the component');
    expect(parley.last.messages.map(m => m.type)).toContain('end');
  });
});
