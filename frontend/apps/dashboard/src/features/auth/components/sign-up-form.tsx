import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/feedback';
import { TextField } from '@/components/ui/field';
import { isProblem } from '@/lib/problem';
import { useSignUp } from '../api/sign-up';

/** A new account and its first workspace; the server's problem detail shows next to the field it names. */
export function SignUpForm({ onSuccess }: { onSuccess: (workspaceId: string) => void }) {
  const signUp = useSignUp();
  const [form, setForm] = useState({ name: '', email: '', password: '', workspaceName: '' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const problem = isProblem(signUp.error) ? signUp.error : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signUp.mutate(form, { onSuccess: (r) => onSuccess(r.workspace.id) });
  };
  return (
    <form className="stack" onSubmit={submit}>
      <TextField label="Your name" required value={form.name} onChange={set('name')} error={problem?.fieldMessage('name')} />
      <TextField label="Work email" type="email" autoComplete="username" required value={form.email} onChange={set('email')} error={problem?.fieldMessage('email')} />
      <TextField label="Password" type="password" autoComplete="new-password" required value={form.password} onChange={set('password')}
        hint="At least 10 characters." error={problem?.fieldMessage('password')} />
      <TextField label="Workspace name" required value={form.workspaceName} onChange={set('workspaceName')} placeholder="Acme support"
        error={problem?.fieldMessage('workspaceName')} />
      {problem && !problem.problem.errors && <ErrorBanner error={problem} />}
      <Button type="submit" disabled={signUp.isPending}>{signUp.isPending ? 'Creating…' : 'Create account'}</Button>
    </form>
  );
}
