import { type ComponentProps, Suspense, useEffect, useState } from 'react';
import { LoadBoundary } from '../lib/load-boundary';
import { createModuleLoader, lazyPart, whenIdle } from '../lib/load-on-demand';
import type * as DialogParts from '../property-grid-dialog';
import { usePropertyGrid } from './property-grid-context';

/*
 * The detail dialog and its history load on demand: with Radix Dialog and its scroll lock they
 * are about a third of the grid's JavaScript, and many visitors never open a listing. The chunk
 * is the `@estatekit/ui/property-grid-dialog` entry itself, so a page that also imports that
 * subpath downloads it once.
 */

/** Downloads `@estatekit/ui/property-grid-dialog` once per page; see `createModuleLoader`. */
export const loadPropertyGridDialog = createModuleLoader(() => import('../property-grid-dialog'));

const prefetchDialog = () => {
  void loadPropertyGridDialog();
};
const lazyDialog = () =>
  lazyPart(loadPropertyGridDialog, (parts) => parts.PropertyGridDetailDialog);
const lazyHistory = () => lazyPart(loadPropertyGridDialog, (parts) => parts.PropertyGridHistory);

/**
 * The detail dialog of the activated row, loaded on demand (`React.lazy` in `Suspense`): renders
 * nothing until a row is activated, then the dialog of `@estatekit/ui/property-grid-dialog`
 * (same props, which go to the Radix dialog content; same behaviour: modal, focus trapped,
 * Escape or "Close" returns focus to the cell that opened it). Its code is prefetched when the
 * user shows intent (first hover or focus in the grid body) and when the browser is idle after
 * the first page, so it normally opens at once; if the code is still downloading, the dialog
 * appears when it arrives. If the download fails, the activation is cancelled (focus stays on
 * the cell) and the next one tries again.
 */
export function PropertyGridDetailDialog(
  props: ComponentProps<typeof DialogParts.PropertyGridDetailDialog>,
) {
  const { activeListing, state, closeListing, registerDetailPrefetch } = usePropertyGrid();
  const [Dialog, setDialog] = useState(lazyDialog);
  useEffect(() => registerDetailPrefetch(prefetchDialog), [registerDetailPrefetch]);
  const pageShown = state === 'ready';
  useEffect(() => (pageShown ? whenIdle(prefetchDialog) : undefined), [pageShown]);
  if (!activeListing) return null;
  const onError = () => {
    setDialog(() => lazyDialog());
    closeListing();
  };
  return (
    <LoadBoundary onError={onError}>
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

/**
 * A listing's status history (`properties.history`), loaded on demand with the detail dialog's
 * code: renders nothing until that code is there, then the history of
 * `@estatekit/ui/property-grid-dialog` (same props). If the download fails it renders nothing
 * and tries again for the next `listingKey`.
 */
export function PropertyGridHistory(props: ComponentProps<typeof DialogParts.PropertyGridHistory>) {
  const [History, setHistory] = useState(lazyHistory);
  return (
    <LoadBoundary resetKey={props.listingKey} onError={() => setHistory(() => lazyHistory())}>
      <Suspense fallback={null}>
        <History {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
