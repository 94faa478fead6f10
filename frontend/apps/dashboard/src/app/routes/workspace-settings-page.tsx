import { PageHeader } from '@/components/ui/page-header';
import { ApiKeysCard } from '@/features/api-keys/components/api-keys-card';
import { MembersCard } from '@/features/workspaces/components/members-card';
import { useWorkspace } from '../use-workspace';

export function WorkspaceSettingsPage() {
  const { workspaceId, workspace, canEdit, isOwner } = useWorkspace();
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle={`${workspace?.name ?? ''} · up to ${workspace?.concurrencyQuota ?? '?'} concurrent sessions`} />
      <div className="stack-lg">
        <MembersCard workspaceId={workspaceId} canManage={isOwner} />
        <ApiKeysCard workspaceId={workspaceId} canManage={canEdit} />
      </div>
    </div>
  );
}
