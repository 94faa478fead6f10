import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorBanner, Loading } from '@/components/ui/feedback';
import { PageHeader } from '@/components/ui/page-header';
import { useDeployments } from '@/features/deployments/api/get-deployments';
import { useSessions, type SessionFilters } from '@/features/sessions/api/get-sessions';
import { SessionFiltersBar } from '@/features/sessions/components/session-filters';
import { SessionsTable } from '@/features/sessions/components/sessions-table';
import type { Outcome } from '@/types/session';
import { useWorkspace } from '../use-workspace';

const PAGE_SIZE = 25;

/** Filters live in the URL so a filtered list can be shared and survives a reload. */
function useFilters(): [SessionFilters, (f: SessionFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: SessionFilters = {
    deploymentId: params.get('deploymentId') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    outcome: (params.get('outcome') as Outcome | null) ?? undefined,
    page: Number(params.get('page') ?? 0),
    size: PAGE_SIZE,
  };
  const set = (f: SessionFilters) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '' && k !== 'size' && !(k === 'page' && v === 0)) next.set(k, String(v));
    setParams(next);
  };
  return [filters, set];
}

export function SessionsPage() {
  const { workspaceId } = useWorkspace();
  const [filters, setFilters] = useFilters();
  const sessions = useSessions(workspaceId, filters);
  const deployments = useDeployments(workspaceId);
  const navigate = useNavigate();
  const deploymentName = (id: string) => deployments.data?.find((d) => d.id === id)?.name ?? id.slice(0, 8);
  const page = filters.page ?? 0;
  const pages = sessions.data ? Math.max(1, Math.ceil(sessions.data.total / PAGE_SIZE)) : 1;

  return (
    <div className="page">
      <PageHeader title="Sessions" subtitle="Every call with its transcript, interruptions, errors and per-turn latency." />
      <Card>
        <SessionFiltersBar value={filters} onChange={setFilters} deployments={(deployments.data ?? []).map((d) => ({ id: d.id, name: d.name }))} />
        {sessions.isPending ? <Loading /> : sessions.error ? <ErrorBanner error={sessions.error} /> : sessions.data.items.length === 0 ? (
          <EmptyState title="No sessions match">Talk to a deployment from its Try it tab, or widen the filters.</EmptyState>
        ) : (
          <>
            <SessionsTable sessions={sessions.data.items} deploymentName={deploymentName} onOpen={(s) => navigate(s.id)} />
            <div className="pager">
              <span className="muted">{sessions.data.total} sessions · page {page + 1} of {pages}</span>
              <div className="row gap-sm">
                <Button variant="secondary" disabled={page === 0} onClick={() => setFilters({ ...filters, page: page - 1 })}>Previous</Button>
                <Button variant="secondary" disabled={page + 1 >= pages} onClick={() => setFilters({ ...filters, page: page + 1 })}>Next</Button>
              </div>
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
