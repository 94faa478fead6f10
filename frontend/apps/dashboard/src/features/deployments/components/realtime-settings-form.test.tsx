import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { apiRequest } from '@/lib/api-client';
import { presets, webSettings } from '@/testing/fixtures';
import type { RealtimeSettings } from '@/types/deployment';
import { RealtimeSettingsForm } from './realtime-settings-form';

/** The form wired to a PATCH whose answer the test controls, like the deployment page does. */
function Harness({ answer }: { answer: () => Response }) {
  const [error, setError] = useState<unknown>(null);
  const save = async (patch: Partial<RealtimeSettings>) => {
    vi.stubGlobal('fetch', vi.fn(async () => answer()));
    try {
      await apiRequest('/v1/workspaces/w/deployments/d', null, { method: 'PATCH', body: { settings: patch } });
      setError(null);
    } catch (e) {
      setError(e);
    }
  };
  return <RealtimeSettingsForm settings={webSettings} presets={presets} onSave={save} pending={false} error={error} />;
}

const problem = {
  type: 'https://parley.dev/problems/invalid-input', title: 'Invalid input', status: 400,
  detail: 'settings.silenceToEndTurnMs must be between 100 and 5000 ms',
  errors: [{ field: 'settings.silenceToEndTurnMs', message: 'must be between 100 and 5000 ms' }],
};

describe('RealtimeSettingsForm', () => {
  it('shows every setting with the range and explanation the server publishes', () => {
    render(<RealtimeSettingsForm settings={webSettings} presets={presets} onSave={() => {}} pending={false} error={null} />);
    for (const range of presets.ranges) {
      expect(screen.getByText(range.description)).toBeInTheDocument();
    }
    const silence = screen.getByRole('spinbutton', { name: /Silence to end turn/ });
    expect(silence).toHaveValue(500);
    expect(silence.closest('.field')).toHaveTextContent('100–5000 ms');
    expect(screen.getByLabelText(/Backchannel words/)).toHaveValue('yeah, mm-hm');
  });

  it('sends only what changed', async () => {
    const onSave = vi.fn();
    render(<RealtimeSettingsForm settings={webSettings} presets={presets} onSave={onSave} pending={false} error={null} />);
    const budget = screen.getByRole('spinbutton', { name: /Latency budget/ });
    await userEvent.clear(budget);
    await userEvent.type(budget, '900');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).toHaveBeenCalledWith({ latencyBudgetMs: 900 });
  });

  it('explains a refused value under its field with the server problem detail', async () => {
    const user = userEvent.setup();
    render(<Harness answer={() => new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } })} />);
    const silence = screen.getByRole('spinbutton', { name: /Silence to end turn/ });
    await user.clear(silence);
    await user.type(silence, '20');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const message = await screen.findByText('must be between 100 and 5000 ms');
    expect(silence).toHaveAttribute('aria-invalid', 'true');
    expect(silence.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getByRole('spinbutton', { name: /Latency budget/ })).not.toHaveAttribute('aria-invalid');
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('Invalid input'))).toBe(true);
  });
});
