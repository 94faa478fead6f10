/** Display helpers shared by every page. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || ms < 0) return '—';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

export function formatDuration(startIso: string, endIso: string | null | undefined): string {
  if (!endIso) return 'live';
  const seconds = Math.max(0, (new Date(endIso).getTime() - new Date(startIso).getTime()) / 1000);
  if (seconds < 60) return `${seconds.toFixed(0)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export function shortId(id: string): string {
  return id.slice(0, 8);
}
