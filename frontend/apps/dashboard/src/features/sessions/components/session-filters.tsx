import { outcomes, type Outcome } from '@/types/session';
import type { SessionFilters } from '../api/get-sessions';

const toLocalInput = (iso?: string) => (iso ? new Date(iso).toISOString().slice(0, 16) : '');
const fromLocalInput = (v: string) => (v ? new Date(`${v}Z`).toISOString() : undefined);

/** Deployment, time window (UTC) and outcome filters for the session list. */
export function SessionFiltersBar({ value, onChange, deployments }: {
  value: SessionFilters;
  onChange: (f: SessionFilters) => void;
  deployments: { id: string; name: string }[];
}) {
  return (
    <div className="filters" role="search" aria-label="Session filters">
      <label className="field">
        <span className="field-label">Deployment</span>
        <select className="input" value={value.deploymentId ?? ''} onChange={(e) => onChange({ ...value, deploymentId: e.target.value || undefined, page: 0 })}>
          <option value="">All deployments</option>
          {deployments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
        </select>
      </label>
      <label className="field">
        <span className="field-label">From (UTC)</span>
        <input className="input" type="datetime-local" value={toLocalInput(value.from)} onChange={(e) => onChange({ ...value, from: fromLocalInput(e.target.value), page: 0 })} />
      </label>
      <label className="field">
        <span className="field-label">To (UTC)</span>
        <input className="input" type="datetime-local" value={toLocalInput(value.to)} onChange={(e) => onChange({ ...value, to: fromLocalInput(e.target.value), page: 0 })} />
      </label>
      <label className="field">
        <span className="field-label">Outcome</span>
        <select className="input" value={value.outcome ?? ''} onChange={(e) => onChange({ ...value, outcome: (e.target.value || undefined) as Outcome | undefined, page: 0 })}>
          <option value="">Any outcome</option>
          {outcomes.map((o) => <option key={o} value={o}>{o.toLowerCase()}</option>)}
        </select>
      </label>
    </div>
  );
}
