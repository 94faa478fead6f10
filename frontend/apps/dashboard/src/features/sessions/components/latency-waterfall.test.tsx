import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InteractionEvent } from '@/types/session';
import { readSessionLog } from '../lib/session-log';
import type { TurnTimeline } from '../lib/turn-timeline';
import { LatencyWaterfall } from './latency-waterfall';

const atFirstAudio: TurnTimeline = {
  turnId: 2,
  marksMs: { user_speech_end: 1000, end_of_turn: 1500, stt_final: 1620, llm_first_token: 1700, first_sentence: 1710, tts_first_audio: 1900, first_audio_out: 1925 },
  gapsMs: {
    'user_speech_end->end_of_turn': 500, 'end_of_turn->stt_final': 120, 'stt_final->llm_first_token': 80,
    'llm_first_token->first_sentence': 10, 'first_sentence->tts_first_audio': 190, 'tts_first_audio->first_audio_out': 25,
  },
  totalMs: 925, voiceToVoiceMs: 925, budgetMs: 800, overBudget: true,
};
const afterPlayback: TurnTimeline = {
  ...atFirstAudio,
  marksMs: { ...atFirstAudio.marksMs, client_playback_start: 2005 },
  gapsMs: { ...atFirstAudio.gapsMs, 'first_audio_out->client_playback_start': 80 },
  totalMs: 1005,
};

const event = (seq: number, type: string, payload: object, turnId: number | null = null): InteractionEvent =>
  ({ sessionId: 's', seq, type, turnId, occurredAt: '2026-11-22T08:00:00Z', payload: JSON.stringify({ type, ...payload }) });

const bars = () => screen.getAllByTestId('waterfall')[0]!.querySelectorAll<HTMLElement>('.waterfall-bar');

describe('LatencyWaterfall', () => {
  it('draws one bar per stage, end to end, adding up to voice-to-voice', () => {
    render(<LatencyWaterfall timeline={atFirstAudio} />);
    const all = [...bars()];
    expect(all).toHaveLength(6);
    let expectedStart = 0;
    for (const bar of all) {
      expect(Number(bar.dataset.startMs)).toBe(expectedStart);
      expectedStart += Number(bar.dataset.durationMs);
    }
    expect(expectedStart).toBe(925);
    expect(screen.getByTestId('voice-to-voice')).toHaveTextContent('925 ms voice-to-voice');
    expect(screen.getByText('End of turn').closest('.waterfall-row')).toHaveTextContent('500 ms');
  });

  it('puts stages in the order the turn went through them, whatever order the stored JSON has', () => {
    // PostgreSQL jsonb returns keys shortest first, not in the order the node wrote them.
    const shuffled = Object.fromEntries(Object.entries(atFirstAudio.gapsMs).sort(([a], [b]) => a.length - b.length || a.localeCompare(b)));
    render(<LatencyWaterfall timeline={{ ...atFirstAudio, gapsMs: shuffled }} />);
    const labels = [...screen.getByTestId('waterfall').querySelectorAll('.waterfall-row:not(.waterfall-axis) .waterfall-label')].map((l) => l.textContent);
    expect(labels).toEqual(['End of turn', 'Final transcript', 'LLM first token', 'First sentence', 'TTS first audio', 'Audio out']);
    expect(Number([...bars()][1]!.dataset.startMs)).toBe(500);
  });

  it('marks the budget and says when the turn went over it', () => {
    render(<LatencyWaterfall timeline={atFirstAudio} />);
    expect(screen.getByText('over budget')).toBeInTheDocument();
    const budget = screen.getByTestId('budget-line');
    expect(budget).toHaveTextContent('budget 800 ms');
    const lastBar = [...bars()].at(-1)!;
    // The budget line sits left of where voice-to-voice ends: the bars visibly cross it.
    expect(parseFloat(budget.style.left)).toBeLessThan(parseFloat(lastBar.style.left) + parseFloat(lastBar.style.width));
  });

  it('keeps the later report of a turn and shows client playback after voice-to-voice', () => {
    const log = readSessionLog([
      event(1, 'turn_timeline', atFirstAudio, 2),
      event(2, 'turn_timeline', afterPlayback, 2),
    ]);
    expect(log.timelines).toHaveLength(1);
    render(<LatencyWaterfall timeline={log.timelines[0]!} />);
    const playback = screen.getByText('Client playback').closest('.waterfall-row') as HTMLElement;
    expect(playback).toHaveClass('waterfall-after');
    expect(within(playback).getByText('80 ms')).toBeInTheDocument();
    const inV2v = [...bars()].slice(0, -1).reduce((sum, b) => sum + Number(b.dataset.durationMs), 0);
    expect(inV2v).toBe(925);
    expect(screen.getByTestId('voice-to-voice')).toHaveTextContent('925 ms');
  });

  it('shows a comfortable turn as within budget', () => {
    render(<LatencyWaterfall timeline={{ ...atFirstAudio, budgetMs: 1200, overBudget: false }} />);
    expect(screen.getByText('within budget')).toBeInTheDocument();
  });
});
