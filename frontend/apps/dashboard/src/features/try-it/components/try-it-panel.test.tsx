import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CallState } from '@parley/sdk-core';

/**
 * The SDK's call store, driven by the test the way a live call drives it. Only the session request and media
 * (which need a Parley node and a microphone) are replaced; the browser test covers those for real.
 */
const fake = vi.hoisted(() => {
  let state: CallState;
  const listeners = new Set<(s: CallState) => void>();
  return {
    options: [] as unknown[],
    reset(initial: CallState) { state = initial; },
    set(patch: Partial<CallState>) { state = { ...state, ...patch }; listeners.forEach((l) => l(state)); },
    call: {
      store: { getState: () => state, subscribe: (l: (s: CallState) => void) => { listeners.add(l); return () => listeners.delete(l); } },
      start: vi.fn(async () => {}),
      end: vi.fn(async () => {}),
      mute: vi.fn(),
    },
  };
});

vi.mock('@parley/sdk-core', () => ({
  createParleyClient: (options: unknown) => {
    fake.options.push(options);
    return { call: () => fake.call };
  },
}));

const { TryItPanel } = await import('./try-it-panel');

const idle: CallState = { connection: 'idle', transport: null, sessionId: null, agentState: null, muted: false, transcript: [], turns: [], error: null };

describe('TryItPanel', () => {
  it('calls the deployment with the dashboard login and shows the live transcript and each turn against the budget', async () => {
    fake.reset(idle);
    const user = userEvent.setup();
    render(<MemoryRouter><TryItPanel workspaceId="ws-1" deploymentId="dep-1" budgetMs={1000} /></MemoryRouter>);
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    expect(fake.options.at(-1)).toMatchObject({ deploymentId: 'dep-1', workspaceId: 'ws-1', credentials: 'include' });
    expect(fake.call.start).toHaveBeenCalled();

    act(() => fake.set({
      connection: 'connected', transport: 'webrtc', sessionId: 'sess-9', agentState: 'speaking',
      transcript: [
        { id: 'a1', role: 'agent', text: 'Hello! How can I help?', final: true, turnId: 1 },
        { id: 'u1', role: 'user', text: 'when are you open', final: true },
        { id: 'a2', role: 'agent', text: 'We are open', final: false, turnId: 2, interrupted: true },
      ],
      turns: [
        { turnId: 1, voiceToVoiceMs: null, gapsMs: {}, marksMs: {}, budgetMs: 1000, overBudget: false, playbackReported: true },
        { turnId: 2, voiceToVoiceMs: 1250, gapsMs: {}, marksMs: {}, budgetMs: 1000, overBudget: true, playbackReported: false },
      ],
    }));

    expect(screen.getByTestId('call-status')).toHaveTextContent('Connected');
    expect(screen.getByTestId('call-status')).toHaveTextContent('webrtc');
    const transcript = screen.getByRole('list', { name: 'Live transcript' });
    expect(within(transcript).getAllByRole('listitem').map((li) => li.dataset.role)).toEqual(['agent', 'user', 'agent']);
    expect(within(transcript).getByText('when are you open')).toBeInTheDocument();
    expect(within(transcript).getByText('interrupted')).toBeInTheDocument();
    const turns = screen.getAllByTestId('turn-latency');
    expect(turns[0]).toHaveTextContent('greeting');
    expect(turns[1]).toHaveTextContent('1250 ms');
    expect(screen.getByRole('link', { name: 'Open in session logs' })).toHaveAttribute('href', '/w/ws-1/sessions/sess-9');

    await user.click(screen.getByRole('button', { name: 'Hang up' }));
    expect(fake.call.end).toHaveBeenCalled();
  });

  it('says why a call failed and offers to call again', async () => {
    fake.reset(idle);
    const user = userEvent.setup();
    render(<MemoryRouter><TryItPanel workspaceId="ws-1" deploymentId="dep-1" budgetMs={1000} /></MemoryRouter>);
    await user.click(screen.getByRole('button', { name: 'Start call' }));
    act(() => fake.set({ connection: 'failed', error: { code: 'microphone_denied', message: 'The browser refused the microphone' } }));
    expect(screen.getByTestId('call-status')).toHaveTextContent('Call failed');
    expect(screen.getByText('microphone_denied')).toBeInTheDocument();
    expect(screen.getByText('The browser refused the microphone')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Call again' })).toBeInTheDocument();
  });
});
