import type { AgentState, CallState, ServerEvent, TranscriptEntry, TurnLatency } from './types.js';

export const initialState: CallState = {
  connection: 'idle',
  transport: null,
  sessionId: null,
  agentState: null,
  muted: false,
  transcript: [],
  turns: [],
  error: null,
};

interface AgentTurnText {
  generated: string[];
  spoken: string[];
  interrupted: boolean;
  done: boolean;
}

/**
 * Folds session events into {@link CallState}. Agent lines show what was generated while the turn runs and what the
 * caller actually heard once it is over (cut short when interrupted); the per-sentence bookkeeping stays in here.
 */
export class EventReducer {
  private readonly agentTurns = new Map<number, AgentTurnText>();

  reduce(state: CallState, event: ServerEvent): CallState {
    switch (event.type) {
      case 'session_started':
        return { ...state, sessionId: str(event.sessionId) ?? state.sessionId, transport: transportOf(event, state) };
      case 'user_transcript':
        return withEntry(state, {
          id: `user-${num(event.utteranceId)}`, role: 'user', text: str(event.text) ?? '', final: event.isFinal === true,
        });
      case 'agent_text_generated':
        return this.agentText(state, num(event.turnId), t => t.generated.push(str(event.text) ?? ''));
      case 'agent_text_spoken':
        return this.agentText(state, num(event.turnId), t => {
          t.spoken.push(str(event.text) ?? '');
          if (event.interrupted === true) t.interrupted = true;
        });
      case 'interruption':
        if (event.outcome === 'INTERRUPTED') {
          return this.agentText(state, num(event.turnId), t => { t.interrupted = true; t.done = true; });
        }
        // A false interruption: the agent picks the turn up again.
        if (event.outcome === 'RESUMED') {
          return this.agentText(state, num(event.turnId), t => { t.interrupted = false; t.done = false; });
        }
        return state;
      case 'agent_state': {
        const agentState = agentStateOf(event.state);
        const next = agentState === state.agentState ? state : { ...state, agentState };
        // Back to listening: every turn so far is over, and its text is final.
        return agentState === 'listening' ? this.finishAll(next) : next;
      }
      case 'turn_timeline':
        return withTurn(state, turnOf(event));
      case 'error':
        return { ...state, error: { code: str(event.code) ?? 'error', message: str(event.message) ?? '' } };
      default:
        return state;
    }
  }

  private agentText(state: CallState, turnId: number, change: (turn: AgentTurnText) => void): CallState {
    let turn = this.agentTurns.get(turnId);
    if (!turn) {
      turn = { generated: [], spoken: [], interrupted: false, done: false };
      this.agentTurns.set(turnId, turn);
      // A new turn ends the ones before it.
      for (const [id, earlier] of this.agentTurns) if (id < turnId) earlier.done = true;
    }
    change(turn);
    return this.render(state);
  }

  private finishAll(state: CallState): CallState {
    let changed = false;
    for (const turn of this.agentTurns.values()) {
      if (!turn.done) { turn.done = true; changed = true; }
    }
    return changed ? this.render(state) : state;
  }

  private render(state: CallState): CallState {
    let transcript = state.transcript;
    for (const [turnId, turn] of this.agentTurns) {
      const heard = turn.spoken.join(' ').trim();
      const text = turn.done && (turn.interrupted || heard) ? heard : turn.generated.join(' ').trim();
      const entry: TranscriptEntry = { id: `agent-${turnId}`, role: 'agent', text, final: turn.done, turnId };
      if (turn.interrupted) entry.interrupted = true;
      transcript = upsert(transcript, entry);
    }
    return transcript === state.transcript ? state : { ...state, transcript };
  }
}

function withEntry(state: CallState, entry: TranscriptEntry): CallState {
  const transcript = upsert(state.transcript, entry);
  return transcript === state.transcript ? state : { ...state, transcript };
}

function upsert(list: readonly TranscriptEntry[], entry: TranscriptEntry): readonly TranscriptEntry[] {
  const index = list.findIndex(e => e.id === entry.id);
  if (index < 0) return entry.text === '' ? list : [...list, entry];
  const old = list[index]!;
  if (old.text === entry.text && old.final === entry.final && old.interrupted === entry.interrupted) return list;
  const copy = [...list];
  copy[index] = entry;
  return copy;
}

function withTurn(state: CallState, turn: TurnLatency): CallState {
  const index = state.turns.findIndex(t => t.turnId === turn.turnId);
  const turns = [...state.turns];
  if (index < 0) turns.push(turn); else turns[index] = turn;
  return { ...state, turns };
}

function turnOf(event: ServerEvent): TurnLatency {
  const marksMs = numbers(event.marksMs);
  const v2v = typeof event.voiceToVoiceMs === 'number' && event.voiceToVoiceMs >= 0 ? event.voiceToVoiceMs : null;
  return {
    turnId: num(event.turnId),
    voiceToVoiceMs: v2v,
    gapsMs: numbers(event.gapsMs),
    marksMs,
    budgetMs: typeof event.budgetMs === 'number' ? event.budgetMs : 0,
    overBudget: event.overBudget === true,
    playbackReported: 'client_playback_start' in marksMs,
  };
}

function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'number') out[k] = v;
  }
  return out;
}

function agentStateOf(value: unknown): AgentState | null {
  switch (value) {
    case 'LISTENING': return 'listening';
    case 'THINKING': return 'thinking';
    case 'SPEAKING': return 'speaking';
    default: return null;
  }
}

function transportOf(event: ServerEvent, state: CallState): CallState['transport'] {
  return event.transport === 'webrtc' || event.transport === 'websocket' ? event.transport : state.transport;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? -1);
}
