/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

declare module 'virtual:content-learner' {
  /** Learner wording of each content node, by field (label, text, rationale). */
  export const learnerTexts: import('../content/schema.ts').LearnerTexts;
}
