import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app.tsx';

/**
 * The app's first screen (a fresh consult) as HTML, rendered at build time
 * into index.html (scripts/vite/prerender.ts) so the browser paints it
 * before any script runs; main.tsx hydrates it.
 */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App store={null} />
    </StrictMode>,
  );
}
