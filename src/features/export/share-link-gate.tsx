import { lazy, Suspense, useEffect, useState } from 'react';

const ShareLinkDialog = lazy(() => import('./share-link-dialog.tsx'));

/** The fragment of a share link (see machines/share-link.ts). */
const isShareHash = (hash: string) => hash.startsWith('#answers=');

/**
 * Watches the URL fragment for a share link (on load and when one is
 * pasted); only then loads the dialog that reads it. First-load cost: this
 * check. The fragment never leaves the browser, and is cleared from the
 * address bar before it is read.
 */
export function ShareLinkGate() {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    const check = () => {
      const found = location.hash;
      if (!isShareHash(found)) return;
      // Set aside before reading: a link that fails (or hangs the tab) is
      // never read again on reload, and no answers stay in the address bar
      // or the history entry.
      history.replaceState(null, '', location.pathname + location.search);
      setHash(found);
    };
    check();
    addEventListener('hashchange', check);
    return () => removeEventListener('hashchange', check);
  }, []);
  if (!hash) return null;
  return (
    <Suspense fallback={null}>
      <ShareLinkDialog key={hash} hash={hash} onDone={() => setHash(null)} />
    </Suspense>
  );
}
