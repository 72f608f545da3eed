/** Words shared by every part of the app (citations). */
export const sharedUi = {
  'citations.sources': 'Sources:',
  'citations.reference': 'Reference {number}: {label}',
} as const;
