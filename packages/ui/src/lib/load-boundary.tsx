import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  children: ReactNode;
  /** Rendered instead of the children after an error (default: nothing). */
  fallback?: ReactNode;
  /** Called once per error, e.g. to close the part that could not load. */
  onError?: ((error: unknown) => void) | undefined;
  /** A new value clears the error and renders the children again (which retries the load). */
  resetKey?: unknown;
}

interface LoadBoundaryState {
  failed: boolean;
  resetKey: unknown;
}

/**
 * Error boundary around a part loaded on demand: when its chunk cannot be downloaded (offline,
 * a deploy removed it) or the part throws while rendering, it renders `fallback` and calls
 * `onError` instead of letting the error unmount the host page's React tree; widgets are guests.
 * React still reports the error (`console.error` in development, the root's `onCaughtError`).
 */
export class LoadBoundary extends Component<LoadBoundaryProps, LoadBoundaryState> {
  override state: LoadBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<LoadBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: LoadBoundaryProps,
    state: LoadBoundaryState,
  ): Partial<LoadBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey)
      ? null
      : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError?.(error);
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
