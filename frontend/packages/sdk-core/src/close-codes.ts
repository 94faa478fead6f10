import { ConnectionError, ParleyError } from './errors.js';
import { SocketClosed } from './signaling.js';

/** What a session socket close means for the call (docs/session-protocol.md, "Close codes"). */
export type CloseVerdict =
  | { kind: 'ended'; reason: string }
  | { kind: 'reconnect' }
  | { kind: 'failed'; error: ConnectionError };

export function closeVerdict(code: number, reason: string): CloseVerdict {
  const fail = (errorCode: string, message: string): CloseVerdict =>
    ({ kind: 'failed', error: new ConnectionError(errorCode, message, code) });
  switch (code) {
    case 1000: return { kind: 'ended', reason: reason || 'ended' };
    case 1008: return fail('protocol_violation', 'the server closed the socket: too many protocol errors');
    case 1009: return fail('message_too_large', 'the server closed the socket: a message was too large');
    case 4401: return fail('invalid_token', 'the session token is invalid or has expired');
    case 4403: return fail('wrong_session', 'the session token belongs to another session');
    case 4404: return fail('session_not_found', 'the session is unknown or has ended');
    case 4409: return fail('replaced', 'a newer connection to this session replaced this one');
    case 4503: return fail('at_capacity', 'the node is at capacity');
    // Anything else (1001 going away, 1006 dropped, 1011, 1012 restart) is a network event: come back.
    default: return { kind: 'reconnect' };
  }
}

/** Why `start()` failed, as the error it rejects with. */
export function startFailure(error: unknown): ParleyError {
  if (error instanceof SocketClosed) {
    const verdict = closeVerdict(error.code, error.reason);
    return verdict.kind === 'failed' ? verdict.error
      : new ConnectionError('connection_failed', `the session socket could not be opened (${error.code})`, error.code);
  }
  return asParleyError(error);
}

export function asParleyError(error: unknown): ParleyError {
  return error instanceof ParleyError ? error : new ParleyError('internal', String(error));
}
