import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/feedback';
import type { Workspace } from '@/types/workspace';
import { useCreateWorkspace } from '../api/create-workspace';

const NEW = '__new__';

/** Switches between the caller's workspaces, or creates a new one. */
export function WorkspaceSwitcher({ workspaces, current, onSwitch }: { workspaces: Workspace[]; current: Workspace; onSwitch: (id: string) => void }) {
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const create = useCreateWorkspace();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ name }, { onSuccess: (w) => { setCreating(false); setName(''); onSwitch(w.id); } });
  };
  return (
    <div className="workspace-switcher">
      <label className="sidebar-label" htmlFor="workspace-select">Workspace</label>
      <select id="workspace-select" className="input" value={current.id}
        onChange={(e) => (e.target.value === NEW ? setCreating(true) : onSwitch(e.target.value))}>
        {workspaces.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
        <option value={NEW}>+ New workspace…</option>
      </select>
      {creating && (
        <form className="stack-sm" onSubmit={submit}>
          <input className="input" aria-label="New workspace name" placeholder="Workspace name" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          <div className="row gap-sm">
            <Button type="submit" disabled={create.isPending || !name.trim()}>Create</Button>
            <Button variant="ghost" onClick={() => setCreating(false)}>Cancel</Button>
          </div>
          <ErrorBanner error={create.error} />
        </form>
      )}
    </div>
  );
}
