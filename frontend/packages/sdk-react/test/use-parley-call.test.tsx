import { act, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SessionGrant, WebSocketLike } from '@parley/sdk-core';
import { FakePcmAudio, fakeMicrophone } from '../../sdk-core/test/fake-media.js';
import { FakeParley, until } from '../../sdk-core/test/fake-parley.js';
import { useParleyCall } from '../src/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let parley: FakeParley;
beforeEach(async () => { parley = await FakeParley.start(); });
afterEach(async () => { await parley.close(); });

function Talk() {
  const { state, start, mute } = useParleyCall({
    createSession: async () => parley.grant() as unknown as SessionGrant, transport: 'websocket',
    microphone: fakeMicrophone().stream,
    environment: { WebSocket: WebSocket as unknown as WebSocketLike, createPcmAudio: () => new FakePcmAudio() },
  });
  return (
    <div>
      <button id="start" onClick={() => void start()}>Talk</button>
      <button id="mute" onClick={() => mute(!state.muted)}>{state.muted ? 'Unmute' : 'Mute'}</button>
      <p id="connection">{state.connection}</p>
      <ul>{state.transcript.map(line => <li key={line.id}>{line.role}: {line.text}</li>)}</ul>
    </div>
  );
}

describe('useParleyCall', () => {
  it('renders the call as it happens and ends it when the component unmounts', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<Talk />));
    const text = (id: string) => host.querySelector(`#${id}`)!.textContent;
    expect(text('connection')).toBe('idle');

    await act(async () => (host.querySelector('#start') as HTMLButtonElement).click());
    await act(() => until(() => text('connection') === 'connected', 'connected'));
    await act(async () => (host.querySelector('#mute') as HTMLButtonElement).click());
    expect(text('mute')).toBe('Unmute');

    parley.event(parley.last, { type: 'user_transcript', utteranceId: 1, text: 'when are you open', isFinal: true });
    parley.event(parley.last, { type: 'agent_text_generated', turnId: 1, text: 'From nine to five.' });
    await act(() => until(() => host.querySelectorAll('li').length === 2, 'two transcript lines'));
    expect([...host.querySelectorAll('li')].map(li => li.textContent))
      .toEqual(['user: when are you open', 'agent: From nine to five.']);

    await act(async () => root.unmount());
    await until(() => parley.openSockets() === 0, 'the call to end with the component');
    expect(parley.last.messages.map(m => m.type)).toContain('end');
  });

  it('survives StrictMode\'s development remount without ending the call', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<StrictMode><Talk /></StrictMode>));
    await act(async () => (host.querySelector('#start') as HTMLButtonElement).click());
    await act(() => until(() => host.querySelector('#connection')!.textContent === 'connected', 'connected'));
    await act(() => Promise.resolve());
    expect(parley.openSockets()).toBe(1);
    expect(host.querySelector('#connection')!.textContent).toBe('connected');
    await act(async () => root.unmount());
    await until(() => parley.openSockets() === 0, 'the call to end with the component');
  });
});
