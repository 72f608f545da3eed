// The summary's action icons live apart from icons.tsx: the summary is a
// lazy chunk, and icons.tsx is in the first load (one module is never split
// between chunks), so these two would add their paths to the first load.
import { Icon } from './icons.tsx';

/** A printer. */
export function PrintIcon() {
  return (
    <Icon>
      <path
        d="M4 1h8v4H4zM2 6h12a1 1 0 0 1 1 1v5h-3v3H4v-3H1V7a1 1 0 0 1 1-1zm3 5v3h6v-3z"
        fill="currentColor"
      />
    </Icon>
  );
}

/** Two overlapping sheets: copy. */
export function CopyIcon() {
  return (
    <Icon>
      <path
        d="M5 1h8a1 1 0 0 1 1 1v9h-2V3H5zM2 4h8a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm1 2v7h6V6z"
        fill="currentColor"
      />
    </Icon>
  );
}

/** A warning triangle: urgent. */
export function AlertIcon() {
  return (
    <Icon>
      <path
        d="M8 1 15 14H1zm-1 5v4h2V6zm0 5v2h2v-2z"
        fill="currentColor"
        fillRule="evenodd"
      />
    </Icon>
  );
}
