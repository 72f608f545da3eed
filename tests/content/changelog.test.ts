import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  changesSince,
  compareVersions,
  contentChangeLog,
} from '../../content/changelog.ts';
import { contentVersion } from '../../content/version.ts';

/** The versions and bullets of CHANGELOG.md, joined across wrapped lines. */
function markdownLog() {
  const text = readFileSync(
    new URL('../../content/CHANGELOG.md', import.meta.url),
    'utf8',
  );
  return text
    .split(/^## /m)
    .slice(1)
    .map((section) => {
      const [version, ...rest] = section.split('\n');
      const changes = rest
        .join('\n')
        .split(/^- /m)
        .slice(1)
        .map((c) => c.replace(/\s+/g, ' ').trim());
      return { version: version!.trim(), changes };
    });
}

describe('content change log (content/changelog.ts)', () => {
  it('is CHANGELOG.md as data', () => {
    expect(contentChangeLog).toEqual(markdownLog());
  });

  it('starts at the current content version, newest first', () => {
    expect(contentChangeLog[0]!.version).toBe(contentVersion);
    const versions = contentChangeLog.map((e) => e.version);
    expect([...versions].sort((a, b) => compareVersions(b, a))).toEqual(
      versions,
    );
  });

  it('says what changed since an older version, and nothing for the current one', () => {
    expect(changesSince('1.0.0').map((e) => e.version)).toEqual(['2.0.0']);
    expect(changesSince(contentVersion)).toEqual([]);
    expect(compareVersions('1.10.0', '1.9.3')).toBe(1);
  });
});
