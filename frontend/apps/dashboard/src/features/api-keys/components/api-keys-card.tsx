import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Badge, EmptyState, ErrorBanner, Loading, Notice } from '@/components/ui/feedback';
import { SelectField, TextField } from '@/components/ui/field';
import { Table } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format';
import { isProblem } from '@/lib/problem';
import { useCreateApiKey } from '../api/create-api-key';
import { useApiKeys } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';

/** Lists the workspace's keys, creates one (showing its secret once) and revokes keys. */
export function ApiKeysCard({ workspaceId, canManage }: { workspaceId: string; canManage: boolean }) {
  const keys = useApiKeys(workspaceId);
  const create = useCreateApiKey(workspaceId);
  const revoke = useRevokeApiKey(workspaceId);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'SECRET' | 'PUBLISHABLE'>('PUBLISHABLE');
  const [origins, setOrigins] = useState(() => window.location.origin);
  const [secret, setSecret] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const allowedOrigins = origins.split(/[\s,]+/).filter(Boolean);
    create.mutate({ name, kind, allowedOrigins }, {
      onSuccess: (created) => {
        setSecret(created.secret);
        setName('');
      },
    });
  };
  const problem = isProblem(create.error) ? create.error : undefined;

  return (
    <Card title="API keys">
      {secret && (
        <Notice tone="ok">
          <div className="secret-once">
            <strong>Copy this key now — it is shown only once.</strong>
            <code className="secret" data-testid="new-secret">{secret}</code>
            <div className="row gap-sm">
              <CopyButton text={secret} />
              <Button variant="ghost" onClick={() => setSecret(null)}>Done</Button>
            </div>
          </div>
        </Notice>
      )}
      {keys.isPending ? <Loading /> : keys.error ? <ErrorBanner error={keys.error} /> : keys.data.length === 0 ? (
        <EmptyState title="No API keys yet">Publishable keys (pk_) go in browsers and apps; secret keys (sk_) stay on your back end.</EmptyState>
      ) : (
        <Table
          label="API keys"
          rows={keys.data}
          rowKey={(k) => k.id}
          columns={[
            { header: 'Name', cell: (k) => <span className="strong">{k.name}</span> },
            { header: 'Kind', cell: (k) => <Badge tone={k.kind === 'SECRET' ? 'warn' : 'info'}>{k.kind === 'SECRET' ? 'secret' : 'publishable'}</Badge> },
            { header: 'Key', cell: (k) => <code>{k.publishableKey ?? `${k.displayPrefix}…`}</code> },
            { header: 'Origins', cell: (k) => <span className="muted small">{k.allowedOrigins?.length ? k.allowedOrigins.join(', ') : 'any'}</span> },
            { header: 'Last used', cell: (k) => <span className="muted">{formatDateTime(k.lastUsedAt)}</span> },
            {
              header: '', align: 'right',
              cell: (k) => k.revokedAt ? <Badge tone="bad">revoked</Badge> : canManage && (
                <Button variant="danger" onClick={() => revoke.mutate(k.id)} disabled={revoke.isPending}>Revoke</Button>
              ),
            },
          ]}
        />
      )}
      <ErrorBanner error={revoke.error} />
      {canManage && (
        <form className="inline-form" onSubmit={submit}>
          <TextField label="Key name" required value={name} onChange={(e) => setName(e.target.value)} placeholder="Website widget" error={problem?.fieldMessage('name')} />
          <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as 'SECRET' | 'PUBLISHABLE')}
            hint={kind === 'SECRET' ? 'Server-side only: full API access.' : 'Safe in a browser: can only open sessions.'}>
            <option value="PUBLISHABLE">publishable (pk_)</option>
            <option value="SECRET">secret (sk_)</option>
          </SelectField>
          <TextField label="Allowed origins" value={origins} onChange={(e) => setOrigins(e.target.value)} placeholder="https://example.com"
            hint={kind === 'PUBLISHABLE' ? 'Required: the sites allowed to use this key.' : 'Optional for secret keys.'} error={problem?.fieldMessage('allowedOrigins')} />
          <Button type="submit" disabled={create.isPending}>Create key</Button>
        </form>
      )}
      {problem && !problem.problem.errors && <ErrorBanner error={problem} />}
    </Card>
  );
}
