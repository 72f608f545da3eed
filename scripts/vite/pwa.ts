import { resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentVersion } from '../../content/version.ts';

/** Where the built app says which content version it carries. */
export const contentVersionFile = 'content-version.json';

/**
 * Makes the app installable and usable offline: a web app manifest and a
 * Workbox service worker (vite-plugin-pwa, `generateSW`) that precaches
 * every built file after the first visit. Updates wait for the user
 * (`registerType: 'prompt'`, no skipWaiting/clientsClaim): src/app/
 * service-worker.ts offers them with the new content version, which it reads
 * from `content-version.json` (never precached, so it comes from the
 * server). Only the app at `root` gets any of this, not another page built
 * with the same config (the bench's floor app).
 */
export function offlineApp({ root }: { root: string }): PluginOption[] {
  let isApp = false;
  const version: Plugin = {
    name: 'content-version-file',
    apply: 'build',
    configResolved(config) {
      isApp = resolve(config.root) === resolve(root);
    },
    generateBundle() {
      if (!isApp) return;
      this.emitFile({
        type: 'asset',
        fileName: contentVersionFile,
        source: `${JSON.stringify({ contentVersion })}\n`,
      });
    },
  };
  return [
    version,
    VitePWA({
      registerType: 'prompt',
      // src/app/service-worker.ts registers it (virtual:pwa-register), from
      // a lazy module: no inline script, nothing added to the first load.
      injectRegister: false,
      integration: {
        configureOptions(config, options) {
          if (resolve(config.root) !== resolve(root)) options.disable = true;
        },
      },
      // The icon is public/favicon.svg, which the glob below precaches.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Fetal hepatic calcifications: guided workup',
        short_name: 'Liver calcifications',
        description:
          'Guided, cited prenatal workup of fetal hepatic calcifications. Educational use only.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e89',
        icons: [
          {
            src: '/favicon.svg',
            sizes: 'any',
            type: 'image/svg+xml',
            purpose: 'any',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        clientsClaim: false,
        // The app makes no other request; nothing is cached at runtime.
        runtimeCaching: [],
      },
    }),
  ];
}
