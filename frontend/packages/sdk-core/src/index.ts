export { createParleyClient, type ParleyClient, type ParleyClientOptions } from './client.js';
export { ParleyCall, type CallOptions } from './call.js';
export { createCallController, type ParleyCallController, type ParleyCallOptions } from './controller.js';
export type { ParleyEnvironment } from './environment.js';
export type { BackEndAuth, DashboardAuth, PublishableKeyAuth, SessionAuth } from './session-request.js';
export { createStore, type Store, type WritableStore } from './store.js';
export { initialState } from './reducer.js';
export {
  ConnectionError, MicrophoneError, ParleyError, SessionRefusedError, type ProblemDetail,
} from './errors.js';
export type { PcmAudio } from './media/pcm-audio.js';
export { OUTPUT_RATES, type OutputSampleRate } from './media/pcm.js';
export type { WebSocketLike } from './signaling.js';
export type {
  AgentState, CallErrorInfo, CallState, ConnectionState, ServerEvent, SessionGrant, TranscriptEntry,
  TransportChoice, TransportKind, TurnLatency,
} from './types.js';
