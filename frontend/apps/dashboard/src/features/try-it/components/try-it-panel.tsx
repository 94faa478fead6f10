import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Badge, EmptyState, Notice } from '@/components/ui/feedback';
import { formatMs } from '@/lib/format';
import { useTryItCall } from '../hooks/use-try-it-call';
import { TurnLatencyList } from './turn-latency-list';

const live = ['requesting_microphone', 'connecting', 'connected', 'reconnecting'];

const connectionLabel: Record<string, string> = {
  idle: 'Not connected',
  requesting_microphone: 'Waiting for the microphone…',
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  ended: 'Call ended',
  failed: 'Call failed',
};

/** Talks to a deployment from this browser: start and end a call, the live transcript and each turn's latency. */
export function TryItPanel({ workspaceId, deploymentId, budgetMs }: { workspaceId: string; deploymentId: string; budgetMs: number }) {
  const { state, start, end, mute } = useTryItCall(workspaceId, deploymentId);
  const isLive = live.includes(state.connection);

  return (
    <div className="try-it">
      <Card title="Talk to this deployment" actions={state.sessionId && (
        <Link to={`/w/${workspaceId}/sessions/${state.sessionId}`}>Open in session logs</Link>
      )}>
        <div className="call-controls">
          {isLive
            ? <Button variant="danger" className="btn-large" onClick={() => void end()}>Hang up</Button>
            : <Button className="btn-large" onClick={() => void start()}>{state.connection === 'idle' ? 'Start call' : 'Call again'}</Button>}
          <div className="call-status" data-testid="call-status" data-connection={state.connection}>
            <span className={`dot ${state.connection === 'connected' ? 'dot-live' : ''}`} aria-hidden />
            <span className="strong">{connectionLabel[state.connection] ?? state.connection}</span>
            {state.transport && <Badge tone="info">{state.transport}</Badge>}
            {state.agentState && <Badge>{state.agentState}</Badge>}
          </div>
          {isLive && (
            <label className="checkbox">
              <input type="checkbox" checked={state.muted} onChange={(e) => mute(e.target.checked)} /> Mute
            </label>
          )}
        </div>
        {state.error && <Notice tone="warn"><strong>{state.error.code}</strong> {state.error.message}</Notice>}
        {state.transcript.length === 0 ? (
          <EmptyState title={isLive ? 'Listening — say something' : 'Start a call and speak into your microphone'}>
            The transcript appears here as you talk.
          </EmptyState>
        ) : (
          <ol className="transcript" aria-label="Live transcript">
            {state.transcript.map((line) => (
              <li key={line.id} className={`bubble ${line.role === 'user' ? 'bubble-user' : 'bubble-agent'}`} data-role={line.role}>
                <span className="bubble-who">
                  {line.role === 'user' ? 'You' : `Agent${line.turnId !== undefined ? ` · turn ${line.turnId}` : ''}`}
                  {line.interrupted && <> <Badge tone="warn">interrupted</Badge></>}
                  {!line.final && <span className="muted"> · …</span>}
                </span>
                <p>{line.text}</p>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title="Turn latency" actions={<span className="muted small">budget {formatMs(budgetMs)}</span>}>
        <TurnLatencyList turns={state.turns} budgetMs={budgetMs} />
      </Card>
    </div>
  );
}
