// What every binding's page shares: options from the query string, and the test's finish line.
import type { CallState, PublishableKeyAuth, TransportChoice } from '@parley/sdk-core';
import { leftovers } from './leftovers.js';

declare global {
  interface Window { parleyResult?: Record<string, unknown> }
}

/** `?baseUrl=...&deploymentId=...&publishableKey=...&transport=auto` */
export function pageOptions(): PublishableKeyAuth & { transport: TransportChoice } {
  const query = new URLSearchParams(location.search);
  const need = (name: string) => {
    const value = query.get(name);
    if (!value) throw new Error(`the page needs ?${name}=`);
    return value;
  };
  return {
    baseUrl: need('baseUrl'), deploymentId: need('deploymentId'), publishableKey: need('publishableKey'),
    transport: (query.get('transport') ?? 'auto') as TransportChoice,
  };
}

/** One full turn: the caller was heard, the agent answered and finished, and the turn's latency came back closed. */
export function turnCompleted(state: CallState): boolean {
  return state.turns.some(turn => turn.voiceToVoiceMs !== null && turn.playbackReported
    && state.transcript.some(line => line.role === 'agent' && line.turnId === turn.turnId && line.final && line.text))
    && state.transcript.some(line => line.role === 'user' && line.final);
}

/** `turn 1: 812 ms · turn 2: 640 ms`, the latency line every page shows. */
export function latencyLine(state: CallState): string {
  return state.turns.map(turn => `turn ${turn.turnId}: ${turn.voiceToVoiceMs === null ? '-' : Math.round(turn.voiceToVoiceMs)} ms`)
    .join(' · ');
}

let finishing = false;
const deadline = setTimeout(() => report({ error: 'no completed turn within 70 s' }), 70_000);

/**
 * Called by each page with the state its binding rendered: once a turn is complete, hangs up and publishes what
 * the binding showed, plus where the call ended up, for the test to read.
 */
export async function reportWhenDone(binding: string, state: CallState, end: () => Promise<void>,
                                     finalConnection: () => string): Promise<void> {
  if (state.connection === 'failed') {
    report({ binding, error: `the call failed: ${state.error?.code}: ${state.error?.message}`, state });
    return;
  }
  if (finishing || !turnCompleted(state)) return;
  finishing = true;
  // What the page shows at the end of the turn, read before hanging up re-renders it.
  await new Promise(resolve => requestAnimationFrame(resolve));
  const rendered = document.getElementById('app')?.innerText ?? '';
  await end();
  report({ binding, state, rendered, finalConnection: finalConnection(), leftovers: leftovers(),
    reconnect: (window as { parleyReconnect?: unknown }).parleyReconnect ?? null });
}

function report(result: Record<string, unknown>): void {
  clearTimeout(deadline);
  if (window.parleyResult === undefined) window.parleyResult = result;
}

/** Published on error too, so a failing test shows what the page saw. */
export function reportError(error: unknown): void {
  report({ error: String((error as Error)?.stack ?? error) });
}
