import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  resolve: {
    // Tests run against the core's source, so they need no prior build; `browser` picks Svelte's client runtime.
    alias: {
      '@parley/sdk-core': fileURLToPath(new URL('../sdk-core/src/index.ts', import.meta.url)),
      // The loopback test server's client stays Node's `ws`, not its browser stub.
      ws: fileURLToPath(new URL('../../node_modules/ws/wrapper.mjs', import.meta.url)),
    },
    conditions: ['browser'],
  },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
