import { createServer, type Plugin, type PluginOption } from 'vite';

/**
 * Renders the first screen of the app into index.html at build time (React
 * `renderToString` through a throw-away Vite SSR server), so the first paint
 * needs no JavaScript; src/main.tsx hydrates it.
 */
export function prerenderApp(options: {
  root: string;
  entry: string;
  plugins: () => PluginOption[];
}): Plugin {
  return {
    name: 'prerender-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          root: options.root,
          logLevel: 'silent',
          plugins: options.plugins(),
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        });
        try {
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
