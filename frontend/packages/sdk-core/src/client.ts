import { ParleyCall, type CallOptions } from './call.js';
import { resolveEnvironment, type ParleyEnvironment } from './environment.js';
import type { BackEndAuth, DashboardAuth, PublishableKeyAuth, SessionAuth } from './session-request.js';

/** How the client gets sessions, plus optional platform overrides (see {@link ParleyEnvironment}). */
export type ParleyClientOptions = (PublishableKeyAuth | DashboardAuth | BackEndAuth) & {
  environment?: Partial<ParleyEnvironment>;
};

export interface ParleyClient {
  /** A new call, not started yet: call `start()` (from a click, so the browser lets audio play). */
  call(options?: CallOptions): ParleyCall;
}

/**
 * The entry point:
 * ```ts
 * const client = createParleyClient({ baseUrl, deploymentId, publishableKey });
 * const call = client.call();
 * call.store.subscribe(state => render(state));
 * await call.start();
 * ```
 */
export function createParleyClient(options: ParleyClientOptions): ParleyClient {
  const { environment, ...auth } = options;
  const env = resolveEnvironment(environment);
  return {
    call: (callOptions = {}) => new ParleyCall(auth as SessionAuth, callOptions, env),
  };
}
