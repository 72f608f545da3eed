import { changesSince, compareVersions } from '../../../content/changelog.ts';
import { contentVersion } from '../../../content/version.ts';
import { versionUi } from '../../../content/ui/version.ts';
import { uiTextFrom } from '../lib/ui-text.ts';

/** The notice's words (content/ui/version.ts), loaded with it. */
const versionText = uiTextFrom(versionUi);

/**
 * What changed in the content since a file or link was made: nothing when
 * it is current, the change log entries when older, a caution when newer.
 */
export function VersionNotice({ version }: { version: string | null }) {
  if (version === null) {
    return (
      <p className="notice notice--info">
        {versionText('version.unknown', 'clinician', {
          current: contentVersion,
        })}
      </p>
    );
  }
  const order = compareVersions(version, contentVersion);
  if (order === 0) return null;
  if (order > 0) {
    return (
      <p className="notice notice--warning">
        {versionText('version.newer', 'clinician', {
          version,
          current: contentVersion,
        })}
      </p>
    );
  }
  return (
    <div className="notice notice--info">
      <p>
        {versionText('version.older', 'clinician', {
          version,
          current: contentVersion,
        })}
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
