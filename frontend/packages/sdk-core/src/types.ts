/** Where a call is in its life. `ended` and `failed` are final. */
export type ConnectionState =
  | 'idle'
  | 'requesting_microphone'
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'ended'
  | 'failed';

/** The media path: WebRTC (the node's own peer or a Kurento server) or PCM frames over the session socket. */
export type TransportKind = 'webrtc' | 'websocket';

/** What the agent is doing, for the UI; null before the call starts. */
export type AgentState = 'listening' | 'thinking' | 'speaking';

/** One line of the conversation. Agent lines are keyed by turn, caller lines by utterance. */
export interface TranscriptEntry {
  id: string;
  role: 'user' | 'agent';
  /** Caller: the latest recognition. Agent: what was said; when `interrupted`, only the part the caller heard. */
  text: string;
  /** True once the text will not change any more. */
  final: boolean;
  turnId?: number;
  interrupted?: boolean;
}

/** One agent turn's latency, from the server's `turn_timeline` event. */
export interface TurnLatency {
  turnId: number;
  /** End of the caller's speech to the agent's first audio; null for a turn the caller did not start (a greeting). */
  voiceToVoiceMs: number | null;
  /** Time between consecutive stages, keyed `from->to` (e.g. `stt_final->llm_first_token`). */
  gapsMs: Record<string, number>;
  /** Each stage's time in milliseconds since the call started. */
  marksMs: Record<string, number>;
  budgetMs: number;
  overBudget: boolean;
  /** True once the server has this client's playback report for the turn. */
  playbackReported: boolean;
}

/** A plain copy of the last error, safe to render. */
export interface CallErrorInfo {
  code: string;
  message: string;
}

/** Everything a UI needs about one call. A new object on every change; never mutate it. */
export interface CallState {
  connection: ConnectionState;
  transport: TransportKind | null;
  sessionId: string | null;
  agentState: AgentState | null;
  muted: boolean;
  transcript: readonly TranscriptEntry[];
  turns: readonly TurnLatency[];
  error: CallErrorInfo | null;
}

/** `POST /v1/sessions`'s answer: what a client needs to connect the session socket. */
export interface SessionGrant {
  sessionId: string;
  token: string;
  expiresAt: string;
  signalingUrl: string;
  transports: string[];
  iceServers: RTCIceServer[];
}

/** A server event as sent on the session socket: `type`, `atMs`, `seq` and the event's own fields. */
export interface ServerEvent {
  type: string;
  atMs?: number;
  seq?: number;
  [field: string]: unknown;
}

export type TransportChoice = 'auto' | TransportKind;
