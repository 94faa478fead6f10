import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Overview } from '../types';
import { OverviewCharts } from './overview-charts';

const empty = { sessions: 0, turns: 0, interruptions: 0, errors: 0, refusedSessions: 0, voiceToVoiceMs: null, stagesMs: {} };
// Stage keys as PostgreSQL-backed JSON may return them: not in turn order.
const stages = {
  'stt_final->llm_first_token': { p50: 80, p95: 300 },
  'user_speech_end->end_of_turn': { p50: 500, p95: 700 },
};
const overview: Overview = {
  deploymentId: 'dep-1', from: '2026-11-22T06:00:00Z', to: '2026-11-22T09:00:00Z', bucketMinutes: 60, latencyBudgetMs: 1200,
  totals: { sessions: 3, turns: 9, interruptions: 2, errors: 1, refusedSessions: 4, voiceToVoiceMs: { p50: 900, p95: 1500 }, stagesMs: stages },
  buckets: [
    { start: '2026-11-22T06:00:00Z', ...empty },
    { start: '2026-11-22T07:00:00Z', ...empty, sessions: 1, turns: 4, voiceToVoiceMs: { p50: 850, p95: 1400 }, stagesMs: stages },
    { start: '2026-11-22T08:00:00Z', ...empty, sessions: 2, turns: 5, interruptions: 2, errors: 1, refusedSessions: 4, voiceToVoiceMs: { p50: 950, p95: 1500 }, stagesMs: stages },
  ],
};

describe('OverviewCharts', () => {
  it('shows the totals, flags a p95 over budget and draws the four charts', () => {
    render(<OverviewCharts overview={overview} />);
    const p95 = screen.getByText('Voice-to-voice p95').closest('.stat-card') as HTMLElement;
    expect(p95).toHaveTextContent('1500 ms');
    expect(p95).toHaveClass('stat-bad');
    expect(screen.getByText('Refused sessions').closest('.stat-card')).toHaveTextContent('4');
    expect(screen.getAllByRole('img').map((svg) => svg.getAttribute('aria-label'))).toEqual([
      'Turns', 'Voice-to-voice latency', 'Latency per stage (p50)', 'Interruptions, errors and refused sessions',
    ]);
    const turns = screen.getByRole('img', { name: 'Turns' });
    expect(turns.querySelectorAll('rect')).toHaveLength(2);
    const latency = screen.getByRole('img', { name: 'Voice-to-voice latency' });
    // p50 and p95 lines break over the empty first bucket; the budget is a line of its own.
    expect(latency.querySelectorAll('circle')).toHaveLength(4);
    expect(latency.querySelector('.threshold-line')).not.toBeNull();
  });

  it('lists stages in turn order and switches between p50 and p95', async () => {
    render(<OverviewCharts overview={overview} />);
    const stageChart = screen.getByRole('figure', { name: 'Latency per stage (p50)' });
    expect([...stageChart.querySelectorAll('.legend-item')].map((e) => e.textContent)).toEqual(['End of turn', 'LLM first token']);
    await userEvent.click(screen.getByRole('tab', { name: 'p95' }));
    const p95 = screen.getByRole('img', { name: 'Latency per stage (p95)' });
    expect([...p95.querySelectorAll('circle title')].map((t) => t.textContent)).toContain('End of turn: 700 ms');
  });
});
