import { lazy, Suspense } from 'react';
import type { ExportActionsProps } from './export-actions.tsx';

const ExportActions = lazy(() => import('./export-actions.tsx'));

/** The export actions, loaded on demand (outside the first load). */
export function LazyExportActions(props: ExportActionsProps) {
  return (
    <Suspense fallback={null}>
      <ExportActions {...props} />
    </Suspense>
  );
}
