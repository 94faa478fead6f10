import { describe, expect, it } from 'vitest';
import type { InteractionEvent } from '@/types/session';
import { readSessionLog } from './session-log';

const event = (seq: number, type: string, payload: object): InteractionEvent =>
  ({ sessionId: 's', seq, type, turnId: null, occurredAt: '2026-11-22T08:00:00Z', payload: JSON.stringify(payload) });

describe('readSessionLog', () => {
  it('pairs what the agent generated with what the caller heard, and keeps interruptions with reasons', () => {
    const log = readSessionLog([
      event(1, 'user_transcript', { utteranceId: 1, text: 'book a table', isFinal: false }),
      event(2, 'user_transcript', { utteranceId: 1, text: 'book a table for two', isFinal: true }),
      event(3, 'agent_text_generated', { turnId: 1, text: 'Sure, for what time?' }),
      event(4, 'agent_text_generated', { turnId: 1, text: 'We have seven or eight.' }),
      event(5, 'agent_text_spoken', { turnId: 1, text: 'Sure, for what time?', interrupted: false }),
      event(6, 'interruption', { turnId: 1, outcome: 'INTERRUPTED', reason: 'speech over agent 620 ms, 3 words' }),
      event(7, 'agent_text_spoken', { turnId: 1, text: 'We have', interrupted: true }),
      event(8, 'fallback', { stage: 'llm', from: 'openai', to: 'flow', reason: 'deadline' }),
      event(9, 'engine_error', { stage: 'llm', engine: 'openai', message: 'timeout after 2000 ms' }),
    ]);
    expect(log.transcript).toHaveLength(2);
    expect(log.transcript[0]).toMatchObject({ kind: 'user', text: 'book a table for two' });
    expect(log.transcript[1]).toMatchObject({
      kind: 'agent', turnId: 1, generated: 'Sure, for what time? We have seven or eight.', spoken: 'Sure, for what time? We have', interrupted: true,
    });
    expect(log.interruptions).toEqual([expect.objectContaining({ turnId: 1, outcome: 'INTERRUPTED', reason: 'speech over agent 620 ms, 3 words' })]);
    expect(log.incidents.map((i) => i.summary)).toEqual(['openai → flow (deadline)', 'openai: timeout after 2000 ms']);
  });
});
