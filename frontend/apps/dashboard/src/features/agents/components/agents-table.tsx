import { Badge } from '@/components/ui/feedback';
import { Table } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format';
import type { Agent } from '@/types/agent';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function AgentsTable({ agents, onOpen }: { agents: Agent[]; onOpen: (agent: Agent) => void }) {
  return (
    <Table
      label="Agents"
      rows={agents}
      rowKey={(a) => a.id}
      onRowClick={onOpen}
      columns={[
        { header: 'Name', cell: (a) => <span className="strong">{a.config.name}</span> },
        { header: 'Engines', cell: (a) => a.config.engines ? <span className="muted">{a.config.engines.stt.engine} · {a.config.engines.llm.engine} · {a.config.engines.tts.engine}</span> : <span className="muted">offline defaults</span> },
        { header: 'Flow', cell: (a) => <Badge tone="info">{plural(a.config.flow?.intents.length ?? 0, 'intent')}</Badge> },
        { header: 'Voice', cell: (a) => a.config.voice ?? '—' },
        { header: 'Updated', cell: (a) => <span className="muted">{formatDateTime(a.updatedAt)}</span> },
      ]}
    />
  );
}
