import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { splitLearnerText } from './scripts/vite/split-learner-text.ts';
import { prerenderApp } from './scripts/vite/prerender.ts';
import { inlineEntryCss } from './scripts/vite/inline-css.ts';
import { offlineApp } from './scripts/vite/pwa.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const contentDir = fileURLToPath(new URL('./content', import.meta.url));

/**
 * The dev server injects inline scripts and styles (React refresh, CSS
 * modules) and talks to its HMR websocket; the production build needs none
 * of that, so only `npm start` relaxes the Content-Security-Policy.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'dev-content-security-policy',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  };
}

export default defineConfig({
  plugins: [
    react(),
    devContentSecurityPolicy(),
    splitLearnerText(contentDir),
    prerenderApp({
      root,
      entry: '/src/prerender.tsx',
      validate: '/content/validate.ts',
      plugins: () => [react(), splitLearnerText(contentDir)],
    }),
    inlineEntryCss(),
    offlineApp({ root }),
  ],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { target: 'es2022' },
});
