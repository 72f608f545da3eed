import { useCallback, useEffect, useRef, useState } from 'react';
import { uiText } from '../shared/lib/ui-text.ts';

/** The app's views and the URL that names each. */

export type ViewId = 'consult' | 'teaching' | 'map';

/** The views, each with its own hash (its label is content: `app.view.<id>`). */
export const views: readonly { id: ViewId; hash: string }[] = [
  { id: 'consult', hash: '#/consult' },
  { id: 'teaching', hash: '#/worked-cases' },
  { id: 'map', hash: '#/map' },
];

/** The view a URL hash names, or null (no hash, or an in-page anchor). */
export function viewOfHash(hash: string): ViewId | null {
  return views.find((v) => v.hash === hash)?.id ?? null;
}

/**
 * The view, kept in the URL: each view has its own hash (`#/map`) and
 * history entry, so Back and Forward move between views and a view can be
 * linked. In-page anchors (the skip link, citations) keep the view they
 * were followed in.
 */
export function useViewRoute(): [ViewId, (view: ViewId) => void] {
  // The first render is the consult (it is what the prerendered HTML
  // holds); a linked view follows at once.
  const [view, setView] = useState<ViewId>('consult');
  const current = useRef(view);
  useEffect(() => {
    current.current = view;
  }, [view]);
  useEffect(() => {
    const follow = () => {
      const { hash } = window.location;
      const state = window.history.state as { view?: ViewId } | null;
      const routed = viewOfHash(hash) ?? state?.view;
      if (routed) setView(routed);
      else if (hash === '') setView('consult');
      // An in-page anchor just followed: its entry keeps the current view.
      else window.history.replaceState({ view: current.current }, '');
    };
    follow();
    // Chromium fires popstate for an anchor followed; others hashchange.
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);
  const navigate = useCallback((next: ViewId) => {
    if (next === current.current) return;
    const hash = views.find((v) => v.id === next)?.hash ?? '';
    window.history.pushState({ view: next }, '', hash);
    setView(next);
  }, []);
  const baseTitle = useRef<string | null>(null);
  useEffect(() => {
    baseTitle.current ??= document.title;
    const label = uiText(`app.view.${view}`);
    document.title =
      view === 'consult'
        ? baseTitle.current
        : `${label} · ${baseTitle.current}`;
  }, [view]);
  return [view, navigate];
}
