import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { AgentPage } from './routes/agent-page';
import { AgentsPage } from './routes/agents-page';
import { DeploymentPage } from './routes/deployment-page';
import { DeploymentsPage } from './routes/deployments-page';
import { HomeRedirect } from './routes/home-redirect';
import { LoginPage, SignUpPage } from './routes/auth-pages';
import { NotFoundPage } from './routes/not-found-page';
import { OverviewPage } from './routes/overview-page';
import { SessionPage } from './routes/session-page';
import { SessionsPage } from './routes/sessions-page';
import { WorkspaceSettingsPage } from './routes/workspace-settings-page';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    { path: '/signup', element: <SignUpPage /> },
    { path: '/', element: <HomeRedirect /> },
    {
      path: '/w/:workspaceId',
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to="overview" replace /> },
        { path: 'overview', element: <OverviewPage /> },
        { path: 'agents', element: <AgentsPage /> },
        { path: 'agents/:agentId', element: <AgentPage /> },
        { path: 'deployments', element: <DeploymentsPage /> },
        { path: 'deployments/:deploymentId', element: <Navigate to="settings" replace /> },
        { path: 'deployments/:deploymentId/:tab', element: <DeploymentPage /> },
        { path: 'sessions', element: <SessionsPage /> },
        { path: 'sessions/:sessionId', element: <SessionPage /> },
        { path: 'settings', element: <WorkspaceSettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    { path: '*', element: <NotFoundPage /> },
  ]);
}
