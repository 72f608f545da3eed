import { resolve } from 'node:path';
import { createServer, type Plugin, type PluginOption } from 'vite';

/**
 * Renders the first screen of the app into index.html at build time (React
 * `renderToString` through a throw-away Vite SSR server), so the first paint
 * needs no JavaScript; src/main.tsx hydrates it. Checks the content first.
 */
export function prerenderApp(options: {
  root: string;
  entry: string;
  /** A module whose `validateContent()` must pass for the build to go on. */
  validate?: string;
  plugins: () => PluginOption[];
}): Plugin {
  let isApp = false;
  return {
    name: 'prerender-app',
    apply: 'build',
    configResolved(config) {
      // Only the app's own page (not another root built with this config,
      // such as the bench's floor app).
      isApp = resolve(config.root) === resolve(options.root);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!isApp) return html;
        const server = await createServer({
          configFile: false,
          root: options.root,
          logLevel: 'silent',
          plugins: options.plugins(),
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        });
        try {
          // The content is checked here, where the bundle is made: a
          // malformed node fails the build with its id and field (the
          // production app then skips the check at load; the dev server and
          // tests still run it).
          if (options.validate) {
            const { validateContent } = (await server.ssrLoadModule(
              options.validate,
            )) as { validateContent: () => void };
            validateContent();
          }
          const { render } = (await server.ssrLoadModule(options.entry)) as {
            render: () => string;
          };
          const markup = render();
          if (!html.includes('<div id="root"></div>')) {
            throw new Error('index.html has no empty <div id="root"></div>');
          }
          return html.replace(
            '<div id="root"></div>',
            `<div id="root" data-prerendered>${markup}</div>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}
