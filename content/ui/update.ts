/**
 * Words of the offer to reload into an installed update of the app
 * (src/app/update-prompt.tsx): loaded with the service worker's lazy chunk.
 */
export const updateUi = {
  'update.ready': 'An update of the app is ready',
  'update.elsewhere': 'The app was updated in another tab',
  'update.versions': 'Content version {version} (this copy: {current}).',
  'update.version': 'This copy shows content version {current}.',
  'update.note':
    '{versions} Reloading keeps the answers saved in this browser; do it when your consult allows.',
  'update.reload': 'Reload now',
  'update.later': 'Later',
} as const;
