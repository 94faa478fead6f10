import type { z } from 'zod';
import { env } from '@/config/env';
import { ProblemError, problemSchema } from './problem';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

/** Builds an API URL with its query string, skipping empty parameters. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${env.apiBaseUrl}${path}${qs ? `?${qs}` : ''}`;
}

/**
 * Calls the Parley API with the login cookie (HttpOnly, same-origin) and validates the answer against `schema`.
 * Failures become {@link ProblemError}s carrying the server's RFC 9457 problem detail.
 */
export async function apiRequest<T>(path: string, schema: z.ZodType<T> | null, options: RequestOptions = {}): Promise<T> {
  const response = await fetch(apiUrl(path, options.query), {
    method: options.method ?? 'GET',
    credentials: 'include',
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) {
    const text = await response.text();
    let problem = { title: response.statusText, detail: text || `HTTP ${response.status}` };
    try {
      const parsed = problemSchema.safeParse(JSON.parse(text));
      if (parsed.success) problem = { ...problem, ...parsed.data };
    } catch {
      // not JSON: keep the status text
    }
    throw new ProblemError(response.status, problem);
  }
  if (schema === null || response.status === 204) return undefined as T;
  return schema.parse(await response.json());
}
