import { Link, NavLink, useParams } from 'react-router';
import { Badge, ErrorBanner, Loading } from '@/components/ui/feedback';
import { PageHeader } from '@/components/ui/page-header';
import { useAgents } from '@/features/agents/api/get-agents';
import { useDeploymentPresets } from '@/features/deployments/api/get-deployment-presets';
import { useDeployment } from '@/features/deployments/api/get-deployment';
import { useUpdateDeployment } from '@/features/deployments/api/update-deployment';
import { ChannelPresetCard } from '@/features/deployments/components/channel-preset-card';
import { RealtimeSettingsForm } from '@/features/deployments/components/realtime-settings-form';
import { useWorkspace } from '../use-workspace';
import { DeploymentOverview } from './deployment-overview';
import { DeploymentSnippets } from './deployment-snippets';
import { TryItTab } from './try-it-tab';

const tabs = [
  { id: 'settings', label: 'Settings' },
  { id: 'try', label: 'Try it' },
  { id: 'overview', label: 'Overview' },
  { id: 'snippets', label: 'Snippets' },
];

export function DeploymentPage() {
  const { deploymentId = '', tab = 'settings' } = useParams();
  const { workspaceId, canEdit } = useWorkspace();
  const deployment = useDeployment(workspaceId, deploymentId);
  const presets = useDeploymentPresets();
  const agents = useAgents(workspaceId);
  const update = useUpdateDeployment(workspaceId, deploymentId);

  if (deployment.isPending || presets.isPending) return <div className="page"><Loading /></div>;
  if (deployment.error || presets.error) return <div className="page"><ErrorBanner error={deployment.error ?? presets.error} /></div>;
  const d = deployment.data;
  const agent = agents.data?.find((a) => a.id === d.agentId);

  return (
    <div className="page">
      <PageHeader title={d.name}
        subtitle={<>
          <Badge tone="info">{d.channel.toLowerCase()}</Badge>{' '}
          Agent <Link to={`/w/${workspaceId}/agents/${d.agentId}`}>{agent?.config.name ?? '…'}</Link> · budget {d.settings.latencyBudgetMs} ms ·{' '}
          <Link to={`/w/${workspaceId}/sessions?deploymentId=${d.id}`}>sessions</Link>
        </>} />
      <nav className="page-tabs" aria-label="Deployment">
        {tabs.map((t) => (
          <NavLink key={t.id} to={`/w/${workspaceId}/deployments/${d.id}/${t.id}`} className={({ isActive }) => `tab ${isActive ? 'tab-active' : ''}`}>{t.label}</NavLink>
        ))}
      </nav>
      {tab === 'settings' && (
        <div className="stack-lg">
          {canEdit && <ChannelPresetCard deployment={d} presets={presets.data} pending={update.isPending}
            onApply={(channel) => update.mutate({ channel, resetToPreset: true })} />}
          <RealtimeSettingsForm settings={d.settings} presets={presets.data} pending={update.isPending} error={update.error}
            saved={update.isSuccess} onSave={(settings) => update.mutate({ settings })} />
        </div>
      )}
      {tab === 'try' && <TryItTab workspaceId={workspaceId} deployment={d} />}
      {tab === 'overview' && <DeploymentOverview workspaceId={workspaceId} deploymentId={d.id} />}
      {tab === 'snippets' && <DeploymentSnippets workspaceId={workspaceId} deploymentId={d.id} />}
    </div>
  );
}
