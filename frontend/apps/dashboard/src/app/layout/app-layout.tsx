import { Navigate, NavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/feedback';
import { useMe } from '@/features/auth/api/get-me';
import { useLogout } from '@/features/auth/api/logout';
import { WorkspaceSwitcher } from '@/features/workspaces/components/workspace-switcher';
import { isProblem } from '@/lib/problem';

const nav = [
  { to: 'overview', label: 'Overview', icon: '◔' },
  { to: 'agents', label: 'Agents', icon: '☺' },
  { to: 'deployments', label: 'Deployments', icon: '⇪' },
  { to: 'sessions', label: 'Sessions', icon: '≡' },
  { to: 'settings', label: 'Settings', icon: '⚙' },
];

/** The signed-in shell: sidebar with workspace switcher and navigation, the page on the right. */
export function AppLayout() {
  const { workspaceId = '' } = useParams();
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();

  if (me.isPending) return <div className="center-screen"><Loading /></div>;
  if (me.error) {
    if (isProblem(me.error) && me.error.status === 401) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
    return <div className="center-screen">{me.error.message}</div>;
  }
  const workspace = me.data.workspaces.find((w) => w.id === workspaceId);
  if (!workspace) return <Navigate to="/" replace />;

  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand"><span className="brand-mark" aria-hidden>◗</span> Parley</div>
        <WorkspaceSwitcher workspaces={me.data.workspaces} current={workspace} onSwitch={(id) => navigate(`/w/${id}/overview`)} />
        <nav className="nav" aria-label="Main">
          {nav.map((n) => (
            <NavLink key={n.to} to={`/w/${workspaceId}/${n.to}`} className={({ isActive }) => `nav-link ${isActive ? 'nav-active' : ''}`}>
              <span className="nav-icon" aria-hidden>{n.icon}</span>{n.label}
            </NavLink>
          ))}
        </nav>
        <div className="sidebar-footer">
          <div className="user">
            <div className="avatar" aria-hidden>{(me.data.user.displayName || me.data.user.email).slice(0, 1).toUpperCase()}</div>
            <div className="user-text">
              <div className="strong">{me.data.user.displayName || me.data.user.email}</div>
              <div className="muted small">{workspace.role.toLowerCase()}</div>
            </div>
          </div>
          <button type="button" className="link" onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}>Log out</button>
        </div>
      </aside>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
