import type { Readable } from 'svelte/store';
import { describe, expectTypeOf, it } from 'vitest';
import type { CallState } from '@parley/sdk-core';
import { parleyCall, type ParleyCallStore } from '../src/index.js';

describe('parleyCall types', () => {
  it('is a Svelte readable of the call state with actions and a runes-friendly current', () => {
    expectTypeOf(parleyCall).toBeCallableWith({ baseUrl: 'https://p', deploymentId: 'd', publishableKey: 'pk' });
    expectTypeOf(parleyCall).returns.toEqualTypeOf<ParleyCallStore>();
    expectTypeOf<ParleyCallStore>().toExtend<Readable<CallState>>();
    expectTypeOf<ParleyCallStore['current']>().toEqualTypeOf<CallState>();
    expectTypeOf<ParleyCallStore['mute']>().parameter(0).toEqualTypeOf<boolean>();
    // @ts-expect-error a credential is required
    parleyCall({ baseUrl: 'https://p', deploymentId: 'd' });
  });
});
