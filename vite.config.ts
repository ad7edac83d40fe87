import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is one app served two ways: inside Electron (app://) and as a web page.
// The dev server injects inline scripts (React Refresh) that the app's CSP forbids, so
// `npm run dev` alone serves the page without the CSP meta tag. Builds always keep it.
const devWithoutCsp: Plugin = {
  name: 'rbm-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
};

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: '../assets/public',
  plugins: [react(), devWithoutCsp],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  // Workers as ES modules: the plan engine's worker loads its code (and Automerge) by dynamic import.
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@automerge/automerge'] },
  server: { strictPort: true },
});
