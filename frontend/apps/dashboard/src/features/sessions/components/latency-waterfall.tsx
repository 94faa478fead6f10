import { Badge } from '@/components/ui/feedback';
import { formatMs } from '@/lib/format';
import { waterfallStages, type TurnTimeline } from '../lib/turn-timeline';

const palette = ['#6366f1', '#0ea5e9', '#14b8a6', '#22c55e', '#eab308', '#f97316', '#94a3b8', '#a855f7'];

/**
 * One turn's latency as a waterfall: a bar per stage, each starting where the previous ended, so the bars up to
 * the agent's first audio add up to voice-to-voice. A dashed line marks the deployment's latency budget.
 */
export function LatencyWaterfall({ timeline }: { timeline: TurnTimeline }) {
  const stages = waterfallStages(timeline);
  const end = stages.reduce((max, s) => Math.max(max, s.startMs + s.durationMs), 0);
  const scale = Math.max(end, timeline.budgetMs, 1) * 1.08;
  const pct = (ms: number) => `${(ms / scale) * 100}%`;
  const v2v = timeline.voiceToVoiceMs;
  const headline = v2v >= 0 ? v2v : timeline.totalMs;

  return (
    <figure className="waterfall" aria-label={`Turn ${timeline.turnId} latency`} data-testid="waterfall">
      <figcaption className="waterfall-head">
        <span className="strong">Turn {timeline.turnId}</span>
        <span className="waterfall-total" data-testid="voice-to-voice">{formatMs(headline)} {v2v >= 0 ? 'voice-to-voice' : 'total'}</span>
        <span className="muted">budget {formatMs(timeline.budgetMs)}</span>
        {timeline.overBudget ? <Badge tone="bad">over budget</Badge> : <Badge tone="ok">within budget</Badge>}
      </figcaption>
      <div className="waterfall-rows">
        {stages.map((s, i) => (
          <div className={`waterfall-row ${s.inVoiceToVoice ? '' : 'waterfall-after'}`} key={s.key} data-stage={s.key}>
            <span className="waterfall-label">{s.label}</span>
            <span className="waterfall-track">
              <span className="waterfall-bar" data-start-ms={s.startMs} data-duration-ms={s.durationMs}
                style={{ left: pct(s.startMs), width: pct(s.durationMs), background: palette[i % palette.length] }} title={`${s.label}: ${formatMs(s.durationMs)}`} />
              <span className="waterfall-budget" style={{ left: pct(timeline.budgetMs) }} aria-hidden />
            </span>
            <span className="waterfall-ms">{formatMs(s.durationMs)}</span>
          </div>
        ))}
        <div className="waterfall-row waterfall-axis" aria-hidden>
          <span className="waterfall-label" />
          <span className="waterfall-track">
            <span className="waterfall-budget-label" style={{ left: pct(timeline.budgetMs) }} data-testid="budget-line" data-budget-ms={timeline.budgetMs}>
              budget {formatMs(timeline.budgetMs)}
            </span>
          </span>
          <span className="waterfall-ms" />
        </div>
      </div>
    </figure>
  );
}
