import { useNavigate } from 'react-router';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorBanner, Loading, Notice } from '@/components/ui/feedback';
import { PageHeader } from '@/components/ui/page-header';
import { useAgents } from '@/features/agents/api/get-agents';
import { useCreateDeployment } from '@/features/deployments/api/create-deployment';
import { useDeploymentPresets } from '@/features/deployments/api/get-deployment-presets';
import { useDeployments } from '@/features/deployments/api/get-deployments';
import { CreateDeploymentForm } from '@/features/deployments/components/create-deployment-form';
import { DeploymentsTable } from '@/features/deployments/components/deployments-table';
import { useWorkspace } from '../use-workspace';

export function DeploymentsPage() {
  const { workspaceId, canEdit } = useWorkspace();
  const deployments = useDeployments(workspaceId);
  const agents = useAgents(workspaceId);
  const presets = useDeploymentPresets();
  const create = useCreateDeployment(workspaceId);
  const navigate = useNavigate();
  const agentName = (id: string) => agents.data?.find((a) => a.id === id)?.config.name ?? '—';

  return (
    <div className="page">
      <PageHeader title="Deployments" subtitle="An agent on a channel, with the real-time settings callers feel." />
      <div className="stack-lg">
        {canEdit && presets.data && agents.data && (
          <Card title="New deployment">
            {agents.data.length === 0 ? <Notice>Create an agent first.</Notice> : (
              <CreateDeploymentForm agents={agents.data.map((a) => ({ id: a.id, name: a.config.name }))} presets={presets.data}
                pending={create.isPending} error={create.error}
                onSubmit={(draft) => create.mutate(draft, { onSuccess: (d) => navigate(`${d.id}/settings`) })} />
            )}
          </Card>
        )}
        <Card title="All deployments">
          {deployments.isPending ? <Loading /> : deployments.error ? <ErrorBanner error={deployments.error} /> : deployments.data.length === 0 ? (
            <EmptyState title="Nothing deployed yet">Deploy an agent to the web, a phone line or a device.</EmptyState>
          ) : <DeploymentsTable deployments={deployments.data} agentName={agentName} onOpen={(d) => navigate(`${d.id}/settings`)} />}
        </Card>
      </div>
    </div>
  );
}
