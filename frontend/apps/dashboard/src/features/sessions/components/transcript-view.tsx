import { Badge, EmptyState } from '@/components/ui/feedback';
import type { TranscriptLine } from '../lib/session-log';

/** The conversation with, for each agent turn, what was generated next to what the caller actually heard. */
export function TranscriptView({ lines }: { lines: TranscriptLine[] }) {
  if (lines.length === 0) return <EmptyState title="Nothing was said in this session yet" />;
  return (
    <ol className="transcript" aria-label="Transcript">
      {lines.map((line) => line.kind === 'user' ? (
        <li key={line.seq} className="bubble bubble-user">
          <span className="bubble-who">Caller</span>
          <p>{line.text}</p>
        </li>
      ) : (
        <li key={line.seq} className="bubble bubble-agent">
          <span className="bubble-who">Agent · turn {line.turnId} {line.interrupted && <Badge tone="warn">interrupted</Badge>}</span>
          <div className="both-ways">
            <div><span className="both-label">Generated</span><p data-testid="generated">{line.generated || <span className="muted">—</span>}</p></div>
            <div><span className="both-label">Spoken</span><p data-testid="spoken">{line.spoken || <span className="muted">nothing reached the caller</span>}</p></div>
          </div>
        </li>
      ))}
    </ol>
  );
}
