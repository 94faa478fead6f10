import { describe, expectTypeOf, it } from 'vitest';
import type { CallState, ParleyCall } from '@parley/sdk-core';
import { useParleyCall, type UseParleyCall } from '../src/index.js';

describe('useParleyCall types', () => {
  it('takes client and call options together and returns the state with actions', () => {
    expectTypeOf(useParleyCall).toBeCallableWith({ baseUrl: 'https://p', deploymentId: 'd', publishableKey: 'pk',
      transport: 'auto' });
    expectTypeOf(useParleyCall).returns.toEqualTypeOf<UseParleyCall>();
    expectTypeOf<UseParleyCall['state']>().toEqualTypeOf<CallState>();
    expectTypeOf<UseParleyCall['start']>().returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf<UseParleyCall['call']>().toEqualTypeOf<ParleyCall | null>();
    // @ts-expect-error a credential is required
    useParleyCall({ baseUrl: 'https://p', deploymentId: 'd' });
  });
});
