import { useParams } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';

/** The workspace in the URL and the caller's role there. */
export function useWorkspace() {
  const { workspaceId = '' } = useParams();
  const me = useMe();
  const workspace = me.data?.workspaces.find((w) => w.id === workspaceId);
  const role = workspace?.role ?? 'VIEWER';
  return { workspaceId, workspace, canEdit: role !== 'VIEWER', isOwner: role === 'OWNER' };
}
