import { Badge, EmptyState } from '@/components/ui/feedback';
import { Table } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format';
import type { Incident, Interruption } from '../lib/session-log';

const outcomeTone = (o: string) => (o === 'INTERRUPTED' ? 'warn' : o === 'RESUMED' ? 'info' : 'neutral');

export function InterruptionsList({ items }: { items: Interruption[] }) {
  if (items.length === 0) return <EmptyState title="No interruptions" />;
  return (
    <Table label="Interruptions" rows={items} rowKey={(i) => String(i.seq)} columns={[
      { header: 'Turn', cell: (i) => i.turnId ?? '—' },
      { header: 'Outcome', cell: (i) => <Badge tone={outcomeTone(i.outcome)}>{i.outcome.toLowerCase()}</Badge> },
      { header: 'Reason', cell: (i) => i.reason },
      { header: 'At', cell: (i) => <span className="muted">{formatDateTime(i.at)}</span> },
    ]} />
  );
}

export function IncidentsList({ items }: { items: Incident[] }) {
  if (items.length === 0) return <EmptyState title="No errors or fallbacks" />;
  return (
    <Table label="Errors and fallbacks" rows={items} rowKey={(i) => String(i.seq)} columns={[
      { header: 'Kind', cell: (i) => <Badge tone={i.kind === 'fallback' ? 'warn' : 'bad'}>{i.kind.replace('_', ' ')}</Badge> },
      { header: 'Stage', cell: (i) => i.stage },
      { header: 'What happened', cell: (i) => i.summary },
      { header: 'At', cell: (i) => <span className="muted">{formatDateTime(i.at)}</span> },
    ]} />
  );
}
