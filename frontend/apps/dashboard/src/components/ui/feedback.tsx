import type { ReactNode } from 'react';
import { isProblem } from '@/lib/problem';

export function Badge({ tone = 'neutral', children }: { tone?: 'neutral' | 'ok' | 'warn' | 'bad' | 'info'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children && <div className="empty-body">{children}</div>}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return <div className="loading" role="status"><span className="spinner" aria-hidden /> {label}</div>;
}

/** Shows a failed request's problem detail (title and detail from the server). */
export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  const title = isProblem(error) ? error.problem.title ?? 'Request failed' : 'Something went wrong';
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="banner banner-error" role="alert">
      <strong>{title}</strong>
      <span>{detail}</span>
    </div>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'ok' | 'warn' }) {
  return <div className={`banner banner-${tone}`}>{children}</div>;
}
