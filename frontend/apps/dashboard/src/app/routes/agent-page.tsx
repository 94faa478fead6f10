import { useNavigate, useParams } from 'react-router';
import { ErrorBanner, Loading } from '@/components/ui/feedback';
import { PageHeader } from '@/components/ui/page-header';
import { useCreateAgent } from '@/features/agents/api/create-agent';
import { useAgent } from '@/features/agents/api/get-agent';
import { useUpdateAgent } from '@/features/agents/api/update-agent';
import { AgentForm, newAgentDraft } from '@/features/agents/components/agent-form';
import { useWorkspace } from '../use-workspace';

export function AgentPage() {
  const { agentId = '' } = useParams();
  return agentId === 'new' ? <NewAgent /> : <EditAgent agentId={agentId} />;
}

function NewAgent() {
  const { workspaceId } = useWorkspace();
  const create = useCreateAgent(workspaceId);
  const navigate = useNavigate();
  return (
    <div className="page">
      <PageHeader title="New agent" subtitle="Starts with an offline flow you can talk to right away." />
      <AgentForm initial={newAgentDraft()} submitLabel="Create agent" pending={create.isPending} error={create.error}
        onSubmit={(draft) => create.mutate(draft, { onSuccess: (a) => navigate(`/w/${workspaceId}/agents/${a.id}`, { replace: true }) })} />
    </div>
  );
}

function EditAgent({ agentId }: { agentId: string }) {
  const { workspaceId } = useWorkspace();
  const agent = useAgent(workspaceId, agentId);
  const update = useUpdateAgent(workspaceId, agentId);
  if (agent.isPending) return <div className="page"><Loading /></div>;
  if (agent.error) return <div className="page"><ErrorBanner error={agent.error} /></div>;
  return (
    <div className="page">
      <PageHeader title={agent.data.config.name} subtitle={`Version ${agent.data.version} · deployments pick up changes on their next session`} />
      <AgentForm key={agent.data.id} initial={agent.data.config} submitLabel="Save agent" pending={update.isPending} error={update.error}
        saved={update.isSuccess} onSubmit={(draft) => update.mutate(draft)} />
    </div>
  );
}
