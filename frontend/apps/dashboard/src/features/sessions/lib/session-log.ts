import type { InteractionEvent } from '@/types/session';
import { latestTimelines, type TurnTimeline } from './turn-timeline';

export interface UserLine { kind: 'user'; seq: number; at: string; text: string }
export interface AgentLine { kind: 'agent'; seq: number; at: string; turnId: number; generated: string; spoken: string; interrupted: boolean }
export type TranscriptLine = UserLine | AgentLine;

export interface Interruption { seq: number; at: string; turnId: number | null; outcome: string; reason: string }
export interface Incident { seq: number; at: string; kind: 'engine_error' | 'fallback' | 'error'; stage: string; summary: string }

export interface SessionLog {
  transcript: TranscriptLine[];
  interruptions: Interruption[];
  incidents: Incident[];
  timelines: TurnTimeline[];
}

type Payload = Record<string, unknown>;

function parse(event: InteractionEvent): Payload {
  try {
    const value: unknown = JSON.parse(event.payload);
    return value && typeof value === 'object' ? (value as Payload) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const num = (v: unknown, fallback = 0) => (typeof v === 'number' ? v : fallback);

/**
 * Reads a session's interaction log: the transcript both ways (what the agent generated and what the caller
 * actually heard), interruptions with their reasons, errors and fallbacks, and each turn's latest timeline.
 */
export function readSessionLog(events: InteractionEvent[]): SessionLog {
  const transcript: TranscriptLine[] = [];
  const agentByTurn = new Map<number, AgentLine>();
  const interruptions: Interruption[] = [];
  const incidents: Incident[] = [];
  const timelines: TurnTimeline[] = [];
  const agentLine = (turnId: number, e: InteractionEvent) => {
    let line = agentByTurn.get(turnId);
    if (!line) {
      line = { kind: 'agent', seq: e.seq, at: e.occurredAt, turnId, generated: '', spoken: '', interrupted: false };
      agentByTurn.set(turnId, line);
      transcript.push(line);
    }
    return line;
  };
  const join = (a: string, b: string) => (a ? `${a} ${b}` : b);

  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const p = parse(e);
    const turnId = num(p.turnId, e.turnId ?? -1);
    switch (e.type) {
      case 'user_transcript':
        if (p.isFinal !== false && str(p.text).trim()) transcript.push({ kind: 'user', seq: e.seq, at: e.occurredAt, text: str(p.text) });
        break;
      case 'agent_text_generated': {
        const line = agentLine(turnId, e);
        line.generated = join(line.generated, str(p.text));
        break;
      }
      case 'agent_text_spoken': {
        const line = agentLine(turnId, e);
        line.spoken = join(line.spoken, str(p.text));
        line.interrupted ||= p.interrupted === true;
        break;
      }
      case 'interruption':
        interruptions.push({ seq: e.seq, at: e.occurredAt, turnId: turnId >= 0 ? turnId : null, outcome: str(p.outcome), reason: str(p.reason) });
        break;
      case 'engine_error':
        incidents.push({ seq: e.seq, at: e.occurredAt, kind: 'engine_error', stage: str(p.stage), summary: `${str(p.engine)}: ${str(p.message)}` });
        break;
      case 'fallback':
        incidents.push({ seq: e.seq, at: e.occurredAt, kind: 'fallback', stage: str(p.stage), summary: `${str(p.from)} → ${str(p.to)} (${str(p.reason)})` });
        break;
      case 'error':
        incidents.push({ seq: e.seq, at: e.occurredAt, kind: 'error', stage: str(p.code), summary: str(p.message) });
        break;
      case 'turn_timeline':
        timelines.push({
          turnId,
          marksMs: (p.marksMs as Record<string, number>) ?? {},
          gapsMs: (p.gapsMs as Record<string, number>) ?? {},
          totalMs: num(p.totalMs),
          voiceToVoiceMs: num(p.voiceToVoiceMs, -1),
          budgetMs: num(p.budgetMs),
          overBudget: p.overBudget === true,
        });
        break;
      default:
        break;
    }
  }
  return { transcript, interruptions, incidents, timelines: latestTimelines(timelines) };
}
