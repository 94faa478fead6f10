import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionGrant } from '@parley/sdk-core';
import { FakeParley, until } from '../../sdk-core/test/fake-parley.js';
import Talk from './Talk.svelte';

let parley: FakeParley;
beforeEach(async () => { parley = await FakeParley.start(); });
afterEach(async () => { await parley.close(); });

describe('parleyCall', () => {
  it('drives a component through $store and runes, and ends the call when the component goes', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const component = mount(Talk, { target, props: { grant: () => parley.grant() as unknown as SessionGrant } });
    const text = (id: string) => target.querySelector(`#${id}`)!.textContent;
    expect(text('connection')).toBe('idle');

    (target.querySelector('#start') as HTMLButtonElement).click();
    await until(() => { flushSync(); return text('connection') === 'connected'; }, 'connected');
    parley.event(parley.last, { type: 'agent_state', state: 'SPEAKING' });
    parley.event(parley.last, { type: 'agent_text_generated', turnId: 1, text: 'We open at nine.' });
    await until(() => { flushSync(); return target.querySelectorAll('li').length === 1; }, 'the agent line');
    expect(text('agent')).toBe('speaking');
    expect(target.querySelector('li')!.textContent).toBe('agent: We open at nine.');

    unmount(component);
    await until(() => parley.openSockets() === 0, 'the call to end with the component');
    expect(parley.last.messages.map(m => m.type)).toContain('end');
  });
});
