import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { getMe, meQueryKey } from '@/features/auth/api/get-me';
import { AuthLayout } from '@/features/auth/components/auth-layout';
import { LoginForm } from '@/features/auth/components/login-form';
import { SignUpForm } from '@/features/auth/components/sign-up-form';

export function LoginPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const afterLogin = async () => {
    const me = await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 0 });
    navigate(me.workspaces[0] ? `/w/${me.workspaces[0].id}/overview` : '/');
  };
  return (
    <AuthLayout title="Log in" subtitle="Run voice agents you can measure." footer={<>New to Parley? <Link to="/signup">Create an account</Link></>}>
      <LoginForm onSuccess={afterLogin} />
    </AuthLayout>
  );
}

export function SignUpPage() {
  const navigate = useNavigate();
  return (
    <AuthLayout title="Create your account" subtitle="You get a workspace to build and deploy your first agent." footer={<>Already have an account? <Link to="/login">Log in</Link></>}>
      <SignUpForm onSuccess={(workspaceId) => navigate(`/w/${workspaceId}/agents`)} />
    </AuthLayout>
  );
}
