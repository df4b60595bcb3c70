import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server (apps/server) serves dist/ and answers /api; in `vite dev` the API is proxied to it.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
});
