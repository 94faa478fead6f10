import type { TurnLatency } from '@parley/sdk-core';
import { Badge, EmptyState } from '@/components/ui/feedback';
import { formatMs } from '@/lib/format';

/** Each finished turn's voice-to-voice latency as a bar against the deployment's budget. */
export function TurnLatencyList({ turns, budgetMs }: { turns: readonly TurnLatency[]; budgetMs: number }) {
  if (turns.length === 0) return <EmptyState title="No turns yet">Each agent reply shows its voice-to-voice latency here.</EmptyState>;
  const scale = Math.max(budgetMs, ...turns.map((t) => t.voiceToVoiceMs ?? 0)) * 1.1;
  return (
    <div className="turn-list" aria-label="Turn latency">
      {turns.map((t) => (
        <div key={t.turnId} className="turn-row" data-testid="turn-latency">
          <span className="strong">Turn {t.turnId}</span>
          <span className="turn-meter">
            {t.voiceToVoiceMs !== null && (
              <span className="turn-bar" style={{ width: `${(t.voiceToVoiceMs / scale) * 100}%`, background: t.overBudget ? '#ef4444' : '#22c55e' }} />
            )}
            <i className="turn-budget" style={{ left: `${(budgetMs / scale) * 100}%` }} title={`budget ${budgetMs} ms`} />
          </span>
          <span className="waterfall-ms">
            {t.voiceToVoiceMs === null ? <Badge>greeting</Badge> : <span className={t.overBudget ? 'text-bad' : undefined}>{formatMs(t.voiceToVoiceMs)}</span>}
          </span>
        </div>
      ))}
    </div>
  );
}
