// Plain JavaScript: the core client and its store, rendered by hand.
import { createParleyClient, type CallState } from '@parley/sdk-core';
import { dropSockets } from './leftovers.js';
import { latencyLine, pageOptions, reportError, reportWhenDone } from './shared.js';

const app = document.getElementById('app')!;
app.innerHTML = `<h1>Parley · plain JavaScript</h1><button id="talk">Talk</button>
  <p class="status" id="status">idle</p><ul id="transcript"></ul><p id="latency"></p>`;

try {
  const call = createParleyClient(pageOptions()).call({ transport: pageOptions().transport });
  const render = (state: CallState) => {
    document.getElementById('status')!.textContent = `${state.connection} · ${state.transport ?? '-'} · agent ${state.agentState ?? '-'}`;
    document.getElementById('transcript')!.innerHTML = state.transcript
      .map(line => `<li class="${line.role}">${line.role}: ${escape(line.text)}</li>`).join('');
    document.getElementById('latency')!.textContent = latencyLine(state);
    void reportWhenDone('core', state, () => call.end(), () => call.store.getState().connection);
  };
  call.store.subscribe(render);
  // ?drop=1: the network drops once the call is up; the call must come back on its own and carry on.
  if (new URLSearchParams(location.search).has('drop')) {
    const connections: string[] = [];
    const starts: unknown[] = [];
    call.onEvent(event => {
      if (event.type !== 'session_started') return;
      starts.push(event);
      if (starts.length === 1) queueMicrotask(dropSockets);
    });
    call.store.subscribe(state => {
      if (connections.at(-1) !== state.connection) connections.push(state.connection);
    });
    Object.assign(window, { parleyReconnect: { connections, starts } });
  }
  document.getElementById('talk')!.onclick = () => { call.start().catch(() => { /* the store shows it */ }); };
} catch (error) {
  reportError(error);
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`);
}
