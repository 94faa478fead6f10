import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createParleyClient, type ParleyCall, type WebSocketLike } from '../src/index.js';
import { FakePcmAudio, fakeMicrophone } from './fake-media.js';
import { FakeParley, until, type ClientSocket } from './fake-parley.js';
import { FakePeerConnection } from './fake-peer.js';

let parley: FakeParley;
let audio: FakePcmAudio;
beforeEach(async () => {
  parley = await FakeParley.start();
  parley.transports = ['webrtc', 'websocket'];
  audio = new FakePcmAudio();
  FakePeerConnection.all.length = 0;
  // Answers a webrtc start as the node does: the answer, then session_started, then its own candidate.
  parley.onStart = (client, start) => {
    if (start.transport !== 'webrtc') {
      parley.event(client, { type: 'session_started', sessionId: 'session-1', transport: 'websocket', resumed: true });
      return;
    }
    client.socket.send(JSON.stringify({ type: 'sdp_answer', sdp: 'v=0 answer' }));
    parley.event(client, { type: 'session_started', sessionId: 'session-1', transport: 'webrtc', resumed: false });
    client.socket.send(JSON.stringify({ type: 'ice_candidate',
      candidate: { candidate: 'candidate:9 1 udp 9 127.0.0.1 6000 typ host', sdpMid: '0', sdpMLineIndex: 0 } }));
  };
});
afterEach(async () => { await parley.close(); });

function newCall(): ParleyCall {
  return createParleyClient({
    baseUrl: parley.baseUrl, deploymentId: 'd', publishableKey: 'pk',
    environment: { WebSocket: WebSocket as unknown as WebSocketLike, createPcmAudio: () => audio,
      RTCPeerConnection: FakePeerConnection as unknown as typeof RTCPeerConnection },
  }).call({ microphone: fakeMicrophone().stream, mediaConnectTimeoutMs: 2000 });
}

const sent = (client: ClientSocket, type: string) => client.messages.filter(m => m.type === type);

describe('the WebRTC transport', () => {
  it('offers in start, holds its candidates until the answer, then trickles both ways', async () => {
    const call = newCall();
    await call.start();
    const client = parley.last;
    const pc = FakePeerConnection.all[0]!;
    expect(call.store.getState().transport).toBe('webrtc');
    expect(client.messages[0]).toEqual({ type: 'start', transport: 'webrtc', sdp: 'v=0 offer 1' });
    await until(() => sent(client, 'ice_candidate').length === 1 && pc.remoteCandidates.length === 1, 'candidates');
    const order = client.messages.map(m => m.type);
    expect(order.indexOf('ice_candidate')).toBeGreaterThan(order.indexOf('start'));
    expect(pc.remoteDescriptions).toEqual([{ type: 'answer', sdp: 'v=0 answer' }]);
    expect(pc.tracks).toHaveLength(1);
    await call.end();
    expect(pc.closed).toBe(true);
  });

  it('restarts ICE on the same peer when a connected path fails', async () => {
    const call = newCall();
    await call.start();
    const pc = FakePeerConnection.all[0]!;
    pc.ice('connected');
    pc.ice('failed');
    await until(() => sent(parley.last, 'ice_restart').length === 1, 'an ice_restart');
    expect(pc.restarts).toBe(1);
    expect(sent(parley.last, 'ice_restart')[0]).toEqual({ type: 'ice_restart', sdp: 'v=0 offer 2 ice-restart' });
    parley.last.socket.send(JSON.stringify({ type: 'sdp_answer', sdp: 'v=0 restarted', restart: true }));
    await until(() => pc.remoteDescriptions.length === 2, 'the restart answer');
    expect(FakePeerConnection.all).toHaveLength(1);
    expect(call.store.getState().connection).toBe('connected');
    await call.end();
  });

  it('rejoins on a fresh peer after media_lost', async () => {
    const call = newCall();
    await call.start();
    FakePeerConnection.all[0]!.ice('connected');
    parley.event(parley.last, { type: 'error', code: 'media_lost', message: 'the media server died' });
    await until(() => sent(parley.last, 'start').length === 2, 'a second start');
    expect(FakePeerConnection.all[0]!.closed).toBe(true);
    expect(FakePeerConnection.all).toHaveLength(2);
    expect(sent(parley.last, 'start')[1]).toMatchObject({ transport: 'webrtc', sdp: 'v=0 offer 1' });
    await call.end();
  });

  it('falls back to the WebSocket transport when the server cannot negotiate WebRTC', async () => {
    const fallback = parley.onStart;
    parley.onStart = (client, start) => {
      if (start.transport === 'webrtc') parley.event(client, { type: 'error', code: 'negotiation_failed', message: 'no' });
      else fallback(client, start);
    };
    const call = newCall();
    await call.start();
    expect(call.store.getState()).toMatchObject({ connection: 'connected', transport: 'websocket' });
    expect(parley.sockets).toHaveLength(2);
    expect(parley.sockets[1]!.messages[0]).toMatchObject({ type: 'start', transport: 'websocket' });
    expect(FakePeerConnection.all[0]!.closed).toBe(true);
    audio.speak(5);
    await until(() => parley.sockets[1]!.frames.length === 1, 'PCM frames on the fallback');
    await call.end();
  });

  it('falls back when media never connects (UDP blocked)', async () => {
    const call = newCall();
    await call.start();
    expect(call.store.getState().transport).toBe('webrtc');
    await until(() => call.store.getState().transport === 'websocket'
      && call.store.getState().connection === 'connected', 'the fallback', 6000);
    await call.end();
  });
});
