/**
 * Builds the explorer (index.html) and the offline GraphiQL (graphiql.html) into web/dist, every asset local.
 * The dev server proxies /graphql to the API on API_URL (default http://127.0.0.1:4000).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // GraphiQL's React components read this at build time.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: {
        explorer: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
      // GraphiQL's React packages mark themselves "use client", which means nothing without server components.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': process.env.API_URL ?? 'http://127.0.0.1:4000' },
  },
});
