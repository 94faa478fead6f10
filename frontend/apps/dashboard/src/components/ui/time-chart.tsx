import type { ReactNode } from 'react';

/** A small hand-drawn SVG chart over time: lines (with gaps for missing values) or bars. */
export interface Series {
  name: string;
  color: string;
  values: (number | null)[];
  dashed?: boolean;
}

const W = 560;
const H = 180;
const PAD = { top: 12, right: 12, bottom: 26, left: 52 };

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const n = v / p;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
}

/** Axis numbers: seconds for large millisecond values, one decimal only when needed. */
function tickLabel(value: number, unit: string): string {
  if (unit.trim() === 'ms' && value >= 1000) return `${Number((value / 1000).toFixed(1))} s`;
  return `${Number.isInteger(value) ? value : value.toFixed(1)}${unit}`;
}

export function TimeChart({ title, times, series, kind = 'line', unit = '', threshold, actions }: {
  title: string;
  times: string[];
  series: Series[];
  kind?: 'line' | 'bar';
  unit?: string;
  threshold?: { value: number; label: string } | undefined;
  actions?: ReactNode;
}) {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = niceMax(Math.max(0, ...all, threshold?.value ?? 0));
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const n = Math.max(times.length, 1);
  const step = iw / n;
  const x = (i: number) => PAD.left + step * (i + 0.5);
  const y = (v: number) => PAD.top + ih - (v / max) * ih;
  const ticks = kind === 'bar' && max <= 2 ? [0, max] : [0, max / 2, max];
  const labelEvery = Math.max(1, Math.ceil(n / 6));
  const fmtTime = (iso: string) => {
    const d = new Date(iso);
    return times.length > 1 && new Date(times[times.length - 1]!).getTime() - new Date(times[0]!).getTime() > 2 * 86_400_000
      ? d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })
      : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  };

  return (
    <figure className="chart" aria-label={title}>
      <figcaption className="chart-head">
        <span className="chart-title">{title}</span>
        {actions}
        <span className="chart-legend">
          {series.map((s) => <span key={s.name} className="legend-item"><i style={{ background: s.color }} />{s.name}</span>)}
          {threshold && <span className="legend-item"><i className="legend-dash" />{threshold.label}</span>}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} preserveAspectRatio="none">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="grid-line" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="axis-text">{tickLabel(t, unit)}</text>
          </g>
        ))}
        {times.map((t, i) => i % labelEvery === 0 && (
          <text key={t} x={x(i)} y={H - 8} textAnchor="middle" className="axis-text">{fmtTime(t)}</text>
        ))}
        {kind === 'bar' && series.map((s, si) => s.values.map((v, i) => v !== null && v > 0 && (
          <rect key={`${s.name}-${i}`} x={x(i) - (step * 0.7) / 2 + (si * step * 0.7) / series.length} width={(step * 0.7) / series.length}
            y={y(v)} height={ih + PAD.top - y(v)} fill={s.color} rx={2}><title>{`${s.name}: ${v}`}</title></rect>
        )))}
        {kind === 'line' && series.map((s) => {
          const segments: string[] = [];
          let current = '';
          s.values.forEach((v, i) => {
            if (v === null) { if (current) segments.push(current); current = ''; return; }
            current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
          });
          if (current) segments.push(current);
          return (
            <g key={s.name}>
              {segments.map((d, k) => <path key={k} d={d} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dashed ? '5 4' : undefined} />)}
              {s.values.map((v, i) => v !== null && <circle key={i} cx={x(i)} cy={y(v)} r={2.5} fill={s.color}><title>{`${s.name}: ${Math.round(v)}${unit}`}</title></circle>)}
            </g>
          );
        })}
        {threshold && <line x1={PAD.left} x2={W - PAD.right} y1={y(threshold.value)} y2={y(threshold.value)} className="threshold-line" />}
      </svg>
    </figure>
  );
}
