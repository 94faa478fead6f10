import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the core's source, so they need no prior build.
    alias: { '@parley/sdk-core': fileURLToPath(new URL('../sdk-core/src/index.ts', import.meta.url)) },
  },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'] },
  },
});
