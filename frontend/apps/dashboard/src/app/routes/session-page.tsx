import { Link, useParams } from 'react-router';
import { Card, StatCard } from '@/components/ui/card';
import { Badge, EmptyState, ErrorBanner, Loading } from '@/components/ui/feedback';
import { PageHeader } from '@/components/ui/page-header';
import { useDeployment } from '@/features/deployments/api/get-deployment';
import { useSession } from '@/features/sessions/api/get-session';
import { useSessionEvents } from '@/features/sessions/api/get-session-events';
import { IncidentsList, InterruptionsList } from '@/features/sessions/components/incidents-list';
import { LatencyWaterfall } from '@/features/sessions/components/latency-waterfall';
import { outcomeTone } from '@/features/sessions/components/sessions-table';
import { TranscriptView } from '@/features/sessions/components/transcript-view';
import { readSessionLog } from '@/features/sessions/lib/session-log';
import { formatDateTime, formatDuration, formatMs, shortId } from '@/lib/format';
import { useWorkspace } from '../use-workspace';

export function SessionPage() {
  const { sessionId = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const session = useSession(workspaceId, sessionId);
  const live = session.data ? !session.data.endedAt : false;
  const events = useSessionEvents(workspaceId, sessionId, live);
  const deployment = useDeployment(workspaceId, session.data?.deploymentId ?? '');

  if (session.isPending) return <div className="page"><Loading /></div>;
  if (session.error) return <div className="page"><ErrorBanner error={session.error} /></div>;
  const s = session.data;
  const log = events.data ? readSessionLog(events.data) : undefined;
  const v2v = log?.timelines.map((t) => t.voiceToVoiceMs).filter((v) => v >= 0) ?? [];
  const avg = v2v.length ? v2v.reduce((a, b) => a + b, 0) / v2v.length : null;

  return (
    <div className="page">
      <PageHeader title={<>Session <code>{shortId(s.id)}</code> <Badge tone={outcomeTone[s.outcome]}>{s.outcome.toLowerCase()}</Badge></>}
        subtitle={<>
          <Link to={`/w/${workspaceId}/deployments/${s.deploymentId}/settings`}>{deployment.data?.name ?? 'deployment'}</Link> · {formatDateTime(s.startedAt)} ·{' '}
          {formatDuration(s.startedAt, s.endedAt)} · {s.transport ?? 'no transport'}{s.endReason ? ` · ended: ${s.endReason}` : ''}
        </>} />
      <div className="stat-grid">
        <StatCard label="Turns" value={s.turns} />
        <StatCard label="Average voice-to-voice" value={formatMs(avg)} hint={deployment.data ? `budget ${deployment.data.settings.latencyBudgetMs} ms` : undefined} />
        <StatCard label="Interruptions" value={s.interruptions} />
        <StatCard label="Errors" value={s.errors} tone={s.errors ? 'bad' : undefined} />
      </div>
      {events.isPending ? <Loading /> : events.error ? <ErrorBanner error={events.error} /> : log && (
        <div className="stack-lg">
          <Card title="Latency per turn">
            {log.timelines.length === 0 ? <EmptyState title="No completed turns yet" /> : (
              <div className="waterfall-list">{log.timelines.map((t) => <LatencyWaterfall key={t.turnId} timeline={t} />)}</div>
            )}
          </Card>
          <div className="two-columns">
            <Card title="Transcript" className="col-main">
              <TranscriptView lines={log.transcript} />
            </Card>
            <div className="stack-lg col-side">
              <Card title="Interruptions"><InterruptionsList items={log.interruptions} /></Card>
              <Card title="Errors and fallbacks"><IncidentsList items={log.incidents} /></Card>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
