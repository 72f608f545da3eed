import { lazy, Suspense, useEffect, useState } from 'react';

const ShareLinkDialog = lazy(() => import('./share-link-dialog.tsx'));

/** The fragment of a share link (see machines/share-link.ts). */
const isShareHash = (hash: string) => hash.startsWith('#answers=');

/**
 * Watches the URL fragment for a share link (on load and when one is
 * pasted); only then loads the dialog that reads it. First-load cost: this
 * check. The fragment never leaves the browser.
 */
export function ShareLinkGate() {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    const check = () => {
      if (isShareHash(location.hash)) setHash(location.hash);
    };
    check();
    addEventListener('hashchange', check);
    return () => removeEventListener('hashchange', check);
  }, []);
  if (!hash) return null;
  return (
    <Suspense fallback={null}>
      <ShareLinkDialog
        key={hash}
        hash={hash}
        onDone={() => {
          // Leave no answers in the address bar or the history entry.
          history.replaceState(null, '', location.pathname + location.search);
          setHash(null);
        }}
      />
    </Suspense>
  );
}
