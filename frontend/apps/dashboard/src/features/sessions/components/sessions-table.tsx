import { Badge } from '@/components/ui/feedback';
import { Table } from '@/components/ui/table';
import { formatDateTime, formatDuration, shortId } from '@/lib/format';
import type { Outcome, SessionSummary } from '@/types/session';

export const outcomeTone: Record<Outcome, 'ok' | 'info' | 'warn' | 'bad' | 'neutral'> = {
  ACTIVE: 'info', COMPLETED: 'ok', ABANDONED: 'warn', FAILED: 'bad', REFUSED: 'bad',
};

export function SessionsTable({ sessions, deploymentName, onOpen }: {
  sessions: SessionSummary[];
  deploymentName: (id: string) => string;
  onOpen: (s: SessionSummary) => void;
}) {
  return (
    <Table label="Sessions" rows={sessions} rowKey={(s) => s.id} onRowClick={onOpen} columns={[
      { header: 'Session', cell: (s) => <code>{shortId(s.id)}</code> },
      { header: 'Deployment', cell: (s) => deploymentName(s.deploymentId) },
      { header: 'Started', cell: (s) => formatDateTime(s.startedAt) },
      { header: 'Duration', cell: (s) => formatDuration(s.startedAt, s.endedAt) },
      { header: 'Outcome', cell: (s) => <Badge tone={outcomeTone[s.outcome]}>{s.outcome.toLowerCase()}</Badge> },
      { header: 'Turns', align: 'right', cell: (s) => s.turns },
      { header: 'Interruptions', align: 'right', cell: (s) => s.interruptions },
      { header: 'Errors', align: 'right', cell: (s) => (s.errors ? <span className="text-bad">{s.errors}</span> : 0) },
    ]} />
  );
}
