/**
 * The content's version: every summary, printout, export and share link is
 * stamped with it. Bump it with an entry in content/CHANGELOG.md whenever a
 * clinical statement, a rule or an id changes.
 */
export const contentVersion = '2.0.0';
