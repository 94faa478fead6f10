/** An RFC 9457 problem detail as Parley sends it, with Parley's extension members (e.g. `reason`). */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/** Every error the SDK reports: `code` is stable and machine-readable, `message` is for people. */
export class ParleyError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ParleyError';
    this.code = code;
  }
}

/**
 * `POST /v1/sessions` was refused. `code` is the problem's `reason` when it has one (`node_at_capacity`,
 * `workspace_quota`, `origin_not_allowed`), otherwise derived from the status (`unauthorized`, `not_found`, ...).
 */
export class SessionRefusedError extends ParleyError {
  readonly status: number;
  /** Seconds to wait before trying again (from `Retry-After`), on 429 and 503; null otherwise. */
  readonly retryAfterSeconds: number | null;
  readonly problem: ProblemDetail | null;

  constructor(status: number, problem: ProblemDetail | null, retryAfterSeconds: number | null) {
    const reason = typeof problem?.reason === 'string' ? problem.reason : codeForStatus(status);
    super(reason, problem?.detail ?? problem?.title ?? `the session request was refused (HTTP ${status})`);
    this.name = 'SessionRefusedError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The microphone could not be opened: `microphone_denied` (the user or policy said no) or `microphone_unavailable`. */
export class MicrophoneError extends ParleyError {
  constructor(code: 'microphone_denied' | 'microphone_unavailable', message: string, cause?: unknown) {
    super(code, message, { cause });
    this.name = 'MicrophoneError';
  }
}

/** The session socket closed for good; `closeCode` is the WebSocket close code. */
export class ConnectionError extends ParleyError {
  readonly closeCode: number | null;

  constructor(code: string, message: string, closeCode: number | null) {
    super(code, message);
    this.name = 'ConnectionError';
    this.closeCode = closeCode;
  }
}

function codeForStatus(status: number): string {
  switch (status) {
    case 400: return 'bad_request';
    case 401: return 'unauthorized';
    case 403: return 'forbidden';
    case 404: return 'not_found';
    case 429: return 'too_many_requests';
    case 503: return 'unavailable';
    default: return status >= 500 ? 'server_error' : 'request_refused';
  }
}

/** Reads `Retry-After` as seconds (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Turns a refused response into a {@link SessionRefusedError}, reading its problem body when there is one. */
export async function refusal(response: Response): Promise<SessionRefusedError> {
  let problem: ProblemDetail | null = null;
  try {
    const body: unknown = await response.json();
    if (body !== null && typeof body === 'object') problem = body as ProblemDetail;
  } catch {
    // Not JSON (a proxy's page, say): the status alone has to do.
  }
  return new SessionRefusedError(response.status, problem, parseRetryAfter(response.headers.get('Retry-After')));
}
