import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/feedback';
import { TextField } from '@/components/ui/field';
import { useLogin } from '../api/login';

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email, password }, { onSuccess });
  };
  return (
    <form className="stack" onSubmit={submit}>
      <TextField label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <ErrorBanner error={login.error} />
      <Button type="submit" disabled={login.isPending}>{login.isPending ? 'Logging in…' : 'Log in'}</Button>
    </form>
  );
}
