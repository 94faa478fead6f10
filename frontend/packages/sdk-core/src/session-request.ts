import { ParleyError, refusal } from './errors.js';
import type { SessionGrant } from './types.js';

/** A browser on the tenant's site: a publishable key, accepted only from the key's allowed origins. */
export interface PublishableKeyAuth {
  baseUrl: string;
  deploymentId: string;
  publishableKey: string;
}

/** A signed-in dashboard admin trying a deployment: the login cookie (or a bearer `accessToken`). */
export interface DashboardAuth {
  baseUrl: string;
  deploymentId: string;
  workspaceId: string;
  credentials: 'include';
  accessToken?: string;
}

/** The tenant's back end opens the session with its secret key and hands the grant to the page. */
export interface BackEndAuth {
  baseUrl?: string;
  createSession: () => Promise<SessionGrant>;
}

export type SessionAuth = PublishableKeyAuth | DashboardAuth | BackEndAuth;

/** Asks Parley for a session the way `auth` says; refusals become {@link SessionRefusedError}s. */
export async function requestSession(auth: SessionAuth, fetchImpl: typeof fetch): Promise<SessionGrant> {
  if ('createSession' in auth) {
    return checkGrant(await auth.createSession());
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const body: Record<string, string> = { deploymentId: auth.deploymentId };
  let credentials: RequestCredentials = 'omit';
  if ('publishableKey' in auth) {
    headers.Authorization = `Bearer ${auth.publishableKey}`;
  } else {
    body.workspaceId = auth.workspaceId;
    credentials = 'include';
    if (auth.accessToken) headers.Authorization = `Bearer ${auth.accessToken}`;
  }
  let response: Response;
  try {
    response = await fetchImpl(`${auth.baseUrl.replace(/\/+$/, '')}/v1/sessions`, {
      method: 'POST', headers, body: JSON.stringify(body), credentials,
    });
  } catch (cause) {
    throw new ParleyError('network_error', `Parley at ${auth.baseUrl} could not be reached`, { cause });
  }
  if (!response.ok) throw await refusal(response);
  return checkGrant((await response.json()) as SessionGrant);
}

function checkGrant(grant: SessionGrant): SessionGrant {
  if (!grant || typeof grant.token !== 'string' || typeof grant.signalingUrl !== 'string') {
    throw new ParleyError('bad_grant', 'the session grant needs at least a token and a signalingUrl');
  }
  return {
    ...grant,
    transports: Array.isArray(grant.transports) ? grant.transports : ['websocket'],
    iceServers: Array.isArray(grant.iceServers) ? grant.iceServers : [],
  };
}
