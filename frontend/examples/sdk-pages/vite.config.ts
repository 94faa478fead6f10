import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Four independent pages, one per binding, each a plain static file set the tests serve from their own origin.
export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: { core: 'core.html', react: 'react.html', svelte: 'svelte.html', vue: 'vue.html' },
    },
  },
});
