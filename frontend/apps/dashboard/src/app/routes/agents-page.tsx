import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorBanner, Loading } from '@/components/ui/feedback';
import { PageHeader } from '@/components/ui/page-header';
import { useAgents } from '@/features/agents/api/get-agents';
import { AgentsTable } from '@/features/agents/components/agents-table';
import { useWorkspace } from '../use-workspace';

export function AgentsPage() {
  const { workspaceId, canEdit } = useWorkspace();
  const agents = useAgents(workspaceId);
  const navigate = useNavigate();
  return (
    <div className="page">
      <PageHeader title="Agents" subtitle="What your voice agents say and which engines they run on."
        actions={canEdit && <Button onClick={() => navigate('new')}>New agent</Button>} />
      <Card>
        {agents.isPending ? <Loading /> : agents.error ? <ErrorBanner error={agents.error} /> : agents.data.length === 0 ? (
          <EmptyState title="No agents yet">Create an agent, then deploy it to a channel.</EmptyState>
        ) : <AgentsTable agents={agents.data} onOpen={(a) => navigate(a.id)} />}
      </Card>
    </div>
  );
}
