/**
 * Whether to open the Stately inspector for `?inspect`: it sends the
 * consult's events off the page's origin (stately.ai), so a link that
 * carries the flag never opens it without the user's yes. A tab where the
 * user said yes keeps it for its session (reloads while inspecting).
 *
 * @example
 * if (search.has('inspect') && inspectorWanted(() => confirm(question))) ...
 */
export function inspectorWanted(
  ask: () => boolean,
  session: Pick<Storage, 'getItem' | 'setItem'> | null = sessionStore(),
): boolean {
  const key = 'fhc-workup:inspect';
  try {
    if (session?.getItem(key) === 'yes') return true;
  } catch {
    // No session storage: ask.
  }
  const yes = ask();
  if (yes) {
    try {
      session?.setItem(key, 'yes');
    } catch {
      // Asked again next time.
    }
  }
  return yes;
}

function sessionStore(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : null;
  } catch {
    return null;
  }
}
