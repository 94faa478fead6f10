import { Badge } from '@/components/ui/feedback';
import { Table } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format';
import type { Deployment } from '@/types/deployment';

export function DeploymentsTable({ deployments, agentName, onOpen }: {
  deployments: Deployment[];
  agentName: (agentId: string) => string;
  onOpen: (deployment: Deployment) => void;
}) {
  return (
    <Table
      label="Deployments"
      rows={deployments}
      rowKey={(d) => d.id}
      onRowClick={onOpen}
      columns={[
        { header: 'Name', cell: (d) => <span className="strong">{d.name}</span> },
        { header: 'Agent', cell: (d) => agentName(d.agentId) },
        { header: 'Channel', cell: (d) => <Badge tone="info">{d.channel.toLowerCase()}</Badge> },
        { header: 'Budget', align: 'right', cell: (d) => `${d.settings.latencyBudgetMs} ms` },
        { header: 'Updated', cell: (d) => <span className="muted">{formatDateTime(d.updatedAt)}</span> },
      ]}
    />
  );
}
