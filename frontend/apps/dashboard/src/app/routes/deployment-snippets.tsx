import { useNavigate } from 'react-router';
import { Loading } from '@/components/ui/feedback';
import { useApiKeys } from '@/features/api-keys/api/get-api-keys';
import { SnippetPanel } from '@/features/snippets/components/snippet-panel';

export function DeploymentSnippets({ workspaceId, deploymentId }: { workspaceId: string; deploymentId: string }) {
  const keys = useApiKeys(workspaceId);
  const navigate = useNavigate();
  if (keys.isPending) return <Loading />;
  const publishable = (keys.data ?? [])
    .filter((k) => k.kind === 'PUBLISHABLE' && !k.revokedAt && k.publishableKey)
    .map((k) => ({ id: k.id, name: k.name, key: k.publishableKey! }));
  return <SnippetPanel baseUrl={window.location.origin} deploymentId={deploymentId} publishableKeys={publishable}
    onCreateKey={() => navigate(`/w/${workspaceId}/settings`)} />;
}
