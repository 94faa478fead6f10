import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createParleyClient, type CallOptions, type ParleyCall, type WebSocketLike } from '../src/index.js';
import { FakePcmAudio, fakeMicrophone } from './fake-media.js';
import { FakeParley, until } from './fake-parley.js';

let parley: FakeParley;
let audio: FakePcmAudio;
beforeEach(async () => {
  parley = await FakeParley.start();
  audio = new FakePcmAudio();
});
afterEach(async () => { await parley.close(); });

function newCall(options: CallOptions = {}, getUserMedia?: () => Promise<MediaStream>): ParleyCall {
  return createParleyClient({
    baseUrl: parley.baseUrl, deploymentId: 'dep-1', publishableKey: 'pk_test',
    environment: { WebSocket: WebSocket as unknown as WebSocketLike, createPcmAudio: () => audio,
      getUserMedia: getUserMedia ?? (async () => fakeMicrophone().stream) },
  }).call(options);
}

/** Records the timers the SDK's own code sets and which of them are still pending. */
function trackSdkTimers(): { pending: () => number; stop: () => void } {
  const live = new Set<unknown>();
  const original = { setTimeout, setInterval, clearTimeout, clearInterval };
  const fromSdk = () => /sdk-core\/src\//.test(new Error().stack ?? '');
  const g = globalThis as Record<string, unknown>;
  g.setTimeout = (fn: () => void, ms?: number) => {
    const sdk = fromSdk();
    const handle = original.setTimeout(() => { live.delete(handle); fn(); }, ms);
    if (sdk) live.add(handle);
    return handle;
  };
  g.setInterval = (fn: () => void, ms?: number) => {
    const handle = original.setInterval(fn, ms);
    if (fromSdk()) live.add(handle);
    return handle;
  };
  g.clearTimeout = (handle: ReturnType<typeof setTimeout>) => { live.delete(handle); original.clearTimeout(handle); };
  g.clearInterval = (handle: ReturnType<typeof setInterval>) => { live.delete(handle); original.clearInterval(handle); };
  return { pending: () => live.size, stop: () => Object.assign(globalThis, original) };
}

describe('a call over the WebSocket transport', () => {
  it('starts with the requested output rate and streams caller frames only after session_started', async () => {
    const call = newCall({ outputSampleRate: 24000 });
    const seen: string[] = [];
    call.store.subscribe(state => { if (seen.at(-1) !== state.connection) seen.push(state.connection); });
    await call.start();
    expect(parley.last.messages[0]).toEqual({ type: 'start', transport: 'websocket', outputSampleRate: 24000 });
    expect(seen).toEqual(['requesting_microphone', 'connecting', 'connected']);
    audio.speak(1000);
    await until(() => parley.last.frames.length === 1, 'a caller frame');
    expect(parley.last.frames[0]).toHaveLength(640);
    expect(parley.last.frames[0]!.readInt16LE(0)).toBe(1000);
    call.mute(true);
    audio.speak(1000);
    await until(() => parley.last.frames.length === 2, 'a muted frame');
    expect(parley.last.frames[1]!.every(byte => byte === 0)).toBe(true);
    expect(call.store.getState().muted).toBe(true);
    await call.end();
  });

  it('folds events into the transcript, agent state and per-turn latency', async () => {
    const call = newCall();
    await call.start();
    const c = parley.last;
    parley.event(c, { type: 'user_transcript', utteranceId: 1, text: 'book a', isFinal: false, confidence: 0.5 });
    parley.event(c, { type: 'user_transcript', utteranceId: 1, text: 'book a table', isFinal: true, confidence: 0.9 });
    parley.event(c, { type: 'agent_state', state: 'THINKING' });
    parley.event(c, { type: 'agent_text_generated', turnId: 1, text: 'Sure.' });
    parley.event(c, { type: 'agent_text_generated', turnId: 1, text: 'How many people will be joining?' });
    parley.event(c, { type: 'agent_state', state: 'SPEAKING' });
    parley.event(c, { type: 'turn_timeline', turnId: 1, marksMs: { user_speech_end: 100, first_audio_out: 640 },
      gapsMs: { 'user_speech_end->first_audio_out': 540 }, totalMs: 540, voiceToVoiceMs: 540, budgetMs: 800,
      overBudget: false });
    await until(() => call.store.getState().agentState === 'speaking', 'the agent speaking');
    expect(call.store.getState().transcript).toEqual([
      { id: 'user-1', role: 'user', text: 'book a table', final: true },
      { id: 'agent-1', role: 'agent', text: 'Sure. How many people will be joining?', final: false, turnId: 1 },
    ]);
    expect(call.store.getState().turns).toEqual([{ turnId: 1, voiceToVoiceMs: 540, budgetMs: 800, overBudget: false,
      gapsMs: { 'user_speech_end->first_audio_out': 540 }, marksMs: { user_speech_end: 100, first_audio_out: 640 },
      playbackReported: false }]);

    parley.event(c, { type: 'agent_text_spoken', turnId: 1, text: 'Sure.', interrupted: false });
    parley.event(c, { type: 'agent_text_spoken', turnId: 1, text: 'How many', interrupted: true });
    parley.event(c, { type: 'interruption', turnId: 1, outcome: 'INTERRUPTED', reason: 'speech' });
    parley.event(c, { type: 'agent_state', state: 'LISTENING' });
    await until(() => call.store.getState().agentState === 'listening', 'the agent listening');
    expect(call.store.getState().transcript[1]).toEqual(
      { id: 'agent-1', role: 'agent', text: 'Sure. How many', final: true, turnId: 1, interrupted: true });
    expect(audio.flushes).toBeGreaterThan(0);
    await call.end();
  });

  it('plays agent audio and reports playback of each turn once, when its audio starts', async () => {
    const call = newCall();
    await call.start();
    const c = parley.last;
    parley.event(c, { type: 'agent_text_generated', turnId: 3, text: 'We open at nine.' });
    c.socket.send(Buffer.alloc(640, 1));
    c.socket.send(Buffer.alloc(640, 2));
    await until(() => c.messages.some(m => m.type === 'playback_started'), 'a playback report');
    expect(audio.played).toHaveLength(2);
    expect(new Uint8Array(audio.played[1]!)[0]).toBe(2);
    expect(c.messages.filter(m => m.type === 'playback_started')).toEqual([{ type: 'playback_started', turnId: 3 }]);
    await call.end();
  });

  it('shows an error event and carries on', async () => {
    const call = newCall();
    await call.start();
    parley.event(parley.last, { type: 'error', code: 'bad_frame', message: 'frames are 640 bytes, got 1000' });
    await until(() => call.store.getState().error !== null, 'the error');
    expect(call.store.getState()).toMatchObject({ connection: 'connected',
      error: { code: 'bad_frame', message: 'frames are 640 bytes, got 1000' } });
    await call.end();
  });

  it('reconnects with the same token after a dropped socket and resumes the call', async () => {
    const call = newCall();
    await call.start();
    const states: string[] = [];
    call.store.subscribe(state => states.push(state.connection));
    parley.last.socket.terminate();
    await until(() => parley.sockets.length === 2 && call.store.getState().connection === 'connected', 'the reconnect');
    expect(states).toContain('reconnecting');
    expect(parley.sockets[1]!.messages[0]).toMatchObject({ type: 'start', transport: 'websocket' });
    audio.speak(7);
    await until(() => parley.sockets[1]!.frames.length > 0, 'frames on the new socket');
    await call.end();
  });

  it('gives up when the network stays down past the reconnect grace, and says so', async () => {
    const call = newCall({ reconnectGraceMs: 800 });
    await call.start();
    parley.acceptingSockets = false;
    parley.last.socket.terminate();
    await until(() => call.store.getState().connection === 'failed', 'the call to give up');
    expect(call.store.getState().error?.code).toBe('connection_lost');
    expect(audio.closed).toBe(true);
  });

  it('fails with a clear error when the server refuses the token', async () => {
    parley.grantsForgedTokens = true;
    const call = newCall();
    await expect(call.start()).rejects.toMatchObject({ code: 'invalid_token', closeCode: 4401 });
    expect(call.store.getState()).toMatchObject({ connection: 'failed', error: { code: 'invalid_token' } });
    expect(audio.closed).toBe(true);
  });

  it('ends when the server ends the call', async () => {
    const call = newCall();
    await call.start();
    parley.event(parley.last, { type: 'session_ended', reason: 'node_shutdown' });
    parley.last.socket.close(1000, 'node_shutdown');
    await until(() => call.store.getState().connection === 'ended', 'the end');
    expect(call.store.getState().error).toBeNull();
  });

  it('turns a denied microphone into a clear state without opening a session', async () => {
    const denied = Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
    const call = newCall({}, () => Promise.reject(denied));
    await expect(call.start()).rejects.toMatchObject({ name: 'MicrophoneError', code: 'microphone_denied' });
    expect(call.store.getState()).toMatchObject({ connection: 'failed', error: { code: 'microphone_denied' } });
    expect(parley.requests).toHaveLength(0);
  });

  it('hangs up cleanly: end sent, sockets closed, audio closed, microphone stopped, no timers left', async () => {
    const timers = trackSdkTimers();
    const mic = fakeMicrophone();
    const call = newCall({}, async () => mic.stream);
    await call.start();
    parley.event(parley.last, { type: 'agent_text_generated', turnId: 1, text: 'Hello.' });
    parley.last.socket.send(Buffer.alloc(640));
    await call.end();
    const pendingTimers = timers.pending();
    timers.stop();
    expect(pendingTimers).toBe(0);
    expect(parley.last.messages.map(m => m.type)).toContain('end');
    await until(() => parley.openSockets() === 0, 'the server to see the socket closed');
    expect(call.store.getState().connection).toBe('ended');
    expect(audio.closed).toBe(true);
    expect(mic.track.stopped).toBe(true);
  });

  it('leaves a microphone it was given running', async () => {
    const mine = fakeMicrophone();
    const call = newCall({ microphone: mine.stream });
    await call.start();
    await call.end();
    expect(mine.track.stopped).toBe(false);
  });
});
