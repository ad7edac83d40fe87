import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one app served two ways: inside Electron (app://) and as a web page.
export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets/public',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  optimizeDeps: { exclude: ['@automerge/automerge'] },
  server: { strictPort: true },
});
