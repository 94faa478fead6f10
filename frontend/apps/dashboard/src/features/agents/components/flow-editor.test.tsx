import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Flow } from '@/types/agent';
import { FlowEditor } from './flow-editor';

let latest: Flow | undefined;

function Harness({ errors = {} }: { errors?: Record<string, string> }) {
  const [flow, setFlow] = useState<Flow>({ intents: [], fallbackReply: null, handoffReply: null });
  latest = flow;
  return <FlowEditor value={flow} onChange={setFlow} errors={(f) => errors[f]} />;
}

describe('FlowEditor', () => {
  it('builds a FlowDefinition with intents, example phrases and slots', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add intent' }));
    const intent = screen.getByRole('group', { name: 'Intent 1' });
    await user.type(within(intent).getByLabelText('Intent name'), 'book_table');
    await user.type(within(intent).getByLabelText('Example phrases'), 'book a table{Enter}reserve for tonight');
    await user.type(within(intent).getByLabelText('Reply'), 'Booked for {{party_size}.');
    await user.click(within(intent).getByRole('button', { name: 'Add slot' }));
    const slot = within(intent).getByRole('group', { name: 'Slot 1 of intent 1' });
    await user.type(within(slot).getByLabelText('Slot name'), 'party_size');
    await user.selectOptions(within(slot).getByLabelText('Type'), 'CHOICE');
    await user.type(within(slot).getByLabelText('Question'), 'How many?');
    await user.type(within(slot).getByLabelText('Choices'), 'two, four');
    await user.click(within(intent).getByLabelText(/Hand the caller over/));

    expect(latest?.intents).toEqual([{
      name: 'book_table',
      examples: ['book a table', 'reserve for tonight'],
      reply: 'Booked for {party_size}.',
      tool: null,
      handoff: true,
      slots: [{ name: 'party_size', type: 'CHOICE', prompt: 'How many?', values: ['two', 'four'] }],
    }]);
  });

  it('removes intents and slots', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add intent' }));
    await user.click(screen.getByRole('button', { name: 'Add intent' }));
    await user.click(within(screen.getByRole('group', { name: 'Intent 1' })).getByRole('button', { name: 'Add slot' }));
    await user.click(screen.getByRole('button', { name: 'Remove slot 1' }));
    expect(latest?.intents[0]?.slots).toEqual([]);
    await user.click(within(screen.getByRole('group', { name: 'Intent 2' })).getByRole('button', { name: 'Remove intent' }));
    expect(latest?.intents).toHaveLength(1);
  });

  it('shows the server message next to the nested field it names', async () => {
    const user = userEvent.setup();
    render(<Harness errors={{ 'flow.intents[0].slots[0].values': 'a choice slot needs its values', 'flow.intents[0].name': 'must be lower_snake_case, 1 to 40 characters' }} />);
    await user.click(screen.getByRole('button', { name: 'Add intent' }));
    await user.click(screen.getByRole('button', { name: 'Add slot' }));
    await user.selectOptions(screen.getByLabelText('Type'), 'CHOICE');
    expect(screen.getByLabelText('Choices')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('a choice slot needs its values')).toBeInTheDocument();
    expect(screen.getByLabelText('Intent name')).toHaveAccessibleDescription(/must be lower_snake_case/);
  });
});
