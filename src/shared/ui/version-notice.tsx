import { changesSince, compareVersions } from '../../../content/changelog.ts';
import { contentVersion } from '../../../content/version.ts';

/**
 * What changed in the content since a file or link was made: nothing when
 * it is current, the change log entries when older, a caution when newer.
 */
export function VersionNotice({ version }: { version: string | null }) {
  if (version === null) {
    return (
      <p className="notice notice--info">
        This file does not say which content version it was made with; this app
        has content version {contentVersion}.
      </p>
    );
  }
  const order = compareVersions(version, contentVersion);
  if (order === 0) return null;
  if (order > 0) {
    return (
      <p className="notice notice--warning">
        Made with content version {version}, newer than this app&apos;s (
        {contentVersion}): the summary here follows this app&apos;s older
        content.
      </p>
    );
  }
  return (
    <div className="notice notice--info">
      <p>
        Made with content version {version}; this app has {contentVersion}. What
        changed since:
      </p>
      <ul>
        {changesSince(version).map((entry) => (
          <li key={entry.version}>
            <strong>{entry.version}</strong>: {entry.changes.join(' ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
