import { useState } from 'react';
import { StatCard } from '@/components/ui/card';
import { Tabs } from '@/components/ui/tabs';
import { TimeChart } from '@/components/ui/time-chart';
import { formatMs } from '@/lib/format';
import { sortStages, stageLabel } from '@/lib/turn-stages';
import type { Overview } from '../types';

const stageColors = ['#6366f1', '#0ea5e9', '#14b8a6', '#22c55e', '#eab308', '#f97316', '#a855f7', '#94a3b8'];


/** A deployment's totals and its charts over time: turns, voice-to-voice and per-stage percentiles, failures. */
export function OverviewCharts({ overview }: { overview: Overview }) {
  const [percentile, setPercentile] = useState<'p50' | 'p95'>('p50');
  const times = overview.buckets.map((b) => b.start);
  const t = overview.totals;
  const budget = overview.latencyBudgetMs ?? undefined;
  const stageKeys = sortStages([...new Set([...Object.keys(t.stagesMs), ...overview.buckets.flatMap((b) => Object.keys(b.stagesMs))])]);
  const p95 = t.voiceToVoiceMs?.p95 ?? null;

  return (
    <div className="stack-lg">
      <div className="stat-grid">
        <StatCard label="Sessions" value={t.sessions} />
        <StatCard label="Turns" value={t.turns} />
        <StatCard label="Voice-to-voice p50" value={formatMs(t.voiceToVoiceMs?.p50)} hint={budget ? `budget ${budget} ms` : undefined} />
        <StatCard label="Voice-to-voice p95" value={formatMs(p95)} tone={p95 !== null && budget ? (p95 > budget ? 'bad' : 'ok') : undefined} />
        <StatCard label="Interruptions" value={t.interruptions} />
        <StatCard label="Errors" value={t.errors} tone={t.errors > 0 ? 'bad' : undefined} />
        <StatCard label="Refused sessions" value={t.refusedSessions} tone={t.refusedSessions > 0 ? 'warn' : undefined} />
      </div>
      <div className="chart-grid">
        <TimeChart title="Turns" kind="bar" times={times} series={[{ name: 'turns', color: '#6366f1', values: overview.buckets.map((b) => b.turns) }]} />
        <TimeChart title="Voice-to-voice latency" unit=" ms" times={times}
          threshold={budget ? { value: budget, label: `budget ${budget} ms` } : undefined}
          series={[
            { name: 'p50', color: '#0ea5e9', values: overview.buckets.map((b) => b.voiceToVoiceMs?.p50 ?? null) },
            { name: 'p95', color: '#f97316', values: overview.buckets.map((b) => b.voiceToVoiceMs?.p95 ?? null) },
          ]} />
        <TimeChart title={`Latency per stage (${percentile})`} unit=" ms" times={times}
          actions={<Tabs label="Percentile" value={percentile} onChange={setPercentile} tabs={[{ id: 'p50', label: 'p50' }, { id: 'p95', label: 'p95' }]} />}
          series={stageKeys.map((k, i) => ({
            name: stageLabel(k), color: stageColors[i % stageColors.length]!,
            values: overview.buckets.map((b) => b.stagesMs[k]?.[percentile] ?? null),
          }))} />
        <TimeChart title="Interruptions, errors and refused sessions" kind="bar" times={times} series={[
          { name: 'interruptions', color: '#eab308', values: overview.buckets.map((b) => b.interruptions) },
          { name: 'errors', color: '#ef4444', values: overview.buckets.map((b) => b.errors) },
          { name: 'refused', color: '#a855f7', values: overview.buckets.map((b) => b.refusedSessions) },
        ]} />
      </div>
    </div>
  );
}
