import { Component, lazy, Suspense, type ReactNode } from 'react';

/** The crash screen, loaded when a consult crashes. */
const Crashed = lazy(() =>
  import('./session-screens.tsx').then((m) => ({ default: m.Crashed })),
);

export class ActorErrorBoundary extends Component<
  {
    children: ReactNode;
    onReset: () => void;
    /** The saved session as stored (offered to copy before a reset). */
    saved: () => string | null;
  },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Suspense fallback={null}>
        <Crashed saved={this.props.saved} onReset={this.props.onReset} />
      </Suspense>
    );
  }
}
