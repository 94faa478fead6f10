import { describe, expectTypeOf, it } from 'vitest';
import type { ShallowRef } from 'vue';
import type { CallState } from '@parley/sdk-core';
import { useParleyCall, type UseParleyCall } from '../src/index.js';

describe('useParleyCall types', () => {
  it('returns a read-only shallow ref of the call state with actions', () => {
    expectTypeOf(useParleyCall).toBeCallableWith({ baseUrl: 'https://p', deploymentId: 'd', publishableKey: 'pk',
      transport: 'webrtc' });
    expectTypeOf(useParleyCall).returns.toEqualTypeOf<UseParleyCall>();
    expectTypeOf<UseParleyCall['state']>().toEqualTypeOf<Readonly<ShallowRef<CallState>>>();
    expectTypeOf<UseParleyCall['state']['value']['connection']>().toEqualTypeOf<CallState['connection']>();
    // @ts-expect-error a credential is required
    useParleyCall({ baseUrl: 'https://p', deploymentId: 'd' });
  });
});
