import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Badge, ErrorBanner, Loading } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { Table } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format';
import { isProblem } from '@/lib/problem';
import { roles, type Role } from '@/types/workspace';
import { useAddMember } from '../api/add-member';
import { useChangeMemberRole } from '../api/change-member-role';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';

const roleHelp: Record<Role, string> = {
  OWNER: 'Everything, including members and keys',
  ADMIN: 'Agents, deployments and keys',
  VIEWER: 'Read-only: logs and charts',
};

/** The workspace's members with their roles; owners can add people, change roles and remove them. */
export function MembersCard({ workspaceId, canManage }: { workspaceId: string; canManage: boolean }) {
  const members = useMembers(workspaceId);
  const add = useAddMember(workspaceId);
  const change = useChangeMemberRole(workspaceId);
  const remove = useRemoveMember(workspaceId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ email, role }, { onSuccess: () => setEmail('') });
  };
  const addError = isProblem(add.error) ? add.error : undefined;

  return (
    <Card title="Members">
      {members.isPending ? <Loading /> : members.error ? <ErrorBanner error={members.error} /> : (
        <Table
          label="Members"
          rows={members.data}
          rowKey={(m) => m.userId}
          columns={[
            { header: 'Name', cell: (m) => <div><div className="strong">{m.displayName || m.email}</div><div className="muted small">{m.email}</div></div> },
            {
              header: 'Role',
              cell: (m) => canManage ? (
                <select className="input input-compact" aria-label={`Role of ${m.email}`} value={m.role}
                  onChange={(e) => change.mutate({ userId: m.userId, role: e.target.value as Role })}>
                  {roles.map((r) => <option key={r} value={r}>{r.toLowerCase()}</option>)}
                </select>
              ) : <Badge>{m.role.toLowerCase()}</Badge>,
            },
            { header: 'Joined', cell: (m) => <span className="muted">{formatDateTime(m.createdAt)}</span> },
            {
              header: '', align: 'right',
              cell: (m) => canManage && <Button variant="ghost" onClick={() => remove.mutate(m.userId)}>Remove</Button>,
            },
          ]}
        />
      )}
      <ErrorBanner error={change.error ?? remove.error} />
      {canManage && (
        <form className="inline-form" onSubmit={submit}>
          <TextField label="Add a member by email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)}
            placeholder="teammate@example.com" error={addError?.fieldMessage('email') ?? (addError && !addError.problem.errors ? addError.message : undefined)} />
          <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)} hint={roleHelp[role]}>
            {roles.map((r) => <option key={r} value={r}>{r.toLowerCase()}</option>)}
          </SelectField>
          <Button type="submit" disabled={add.isPending}>Add member</Button>
        </form>
      )}
    </Card>
  );
}
