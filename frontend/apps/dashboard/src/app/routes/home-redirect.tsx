import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/feedback';
import { useMe } from '@/features/auth/api/get-me';

/** `/` goes to the first workspace, or to login when nobody is signed in. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <div className="center-screen"><Loading /></div>;
  const first = me.data?.workspaces[0];
  if (!first) return <Navigate to="/login" replace />;
  return <Navigate to={`/w/${first.id}/overview`} replace />;
}
