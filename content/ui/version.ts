/**
 * Words of the content version notice (src/shared/ui/version-notice.tsx:
 * an opened file or link made with other content), shown by the lazy parts
 * that open files (export, teaching), so they load with them.
 */
export const versionUi = {
  'version.unknown':
    'This file does not say which content version it was made with; this app has content version {current}.',
  'version.newer':
    "Made with content version {version}, newer than this app's ({current}): the summary here follows this app's older content.",
  'version.older':
    'Made with content version {version}; this app has {current}. What changed since:',
} as const;
