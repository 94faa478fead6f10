import { useParleyCall } from '@parley/sdk-react';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { latencyLine, pageOptions, reportError, reportWhenDone } from './shared.js';

function Talk() {
  const { state, start, end, call } = useParleyCall(pageOptions());
  useEffect(() => {
    void reportWhenDone('react', state, end, () => call?.store.getState().connection ?? 'none');
  }, [state, end, call]);
  return (
    <>
      <h1>Parley · React</h1>
      <button id="talk" onClick={() => void start()}>Talk</button>
      <p className="status">{state.connection} · {state.transport ?? '-'} · agent {state.agentState ?? '-'}</p>
      <ul>{state.transcript.map(line => <li key={line.id} className={line.role}>{line.role}: {line.text}</li>)}</ul>
      <p>{latencyLine(state)}</p>
    </>
  );
}

try {
  createRoot(document.getElementById('app')!).render(<Talk />);
} catch (error) {
  reportError(error);
}
