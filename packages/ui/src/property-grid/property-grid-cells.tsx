import type { Listing } from '@estatekit/domain';
import type { ComponentProps, CSSProperties } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { statusColorVariable, statusLabel } from './listing-labels.utils';
import type { PropertyGridColumnSpec } from './property-grid-columns.utils';
import { usePropertyGrid } from './property-grid-context';

/** Props of {@link PropertyGridStatusBadge}. */
export interface PropertyGridStatusBadgeProps extends ComponentProps<'span'> {
  /** RESO StandardStatus, e.g. `'ActiveUnderContract'`. */
  status: string;
}

/**
 * A listing status as a badge (`data-slot="property-grid-status-badge"`,
 * `data-status="<StandardStatus>"`), coloured by the theme's `--ek-status-*` token (exposed to
 * CSS as `--ek-badge-color`). The label is text, so the colour is never the only signal.
 */
export function PropertyGridStatusBadge({
  status,
  children,
  ...props
}: PropertyGridStatusBadgeProps) {
  const slot = useSlotProps('property-grid-status-badge', 'ek:badge', props);
  const style = { '--ek-badge-color': statusColorVariable(status), ...slot.style } as CSSProperties;
  return (
    <span {...slot} data-status={status} style={style}>
      {children ?? statusLabel(status)}
    </span>
  );
}

/** A missing value: a dash on screen, "not available" for screen readers. */
export function NotAvailable() {
  return (
    <>
      <span aria-hidden="true" className="ek:text-muted-foreground">
        —
      </span>
      <span className="ek:sr-only">not available</span>
    </>
  );
}

/** One cell's content: the status badge, or the column's formatted text for the locale. */
export function PropertyGridCellValue(props: { spec: PropertyGridColumnSpec; listing: Listing }) {
  const { formatters } = usePropertyGrid();
  if (props.spec.id === 'standardStatus') {
    return <PropertyGridStatusBadge status={props.listing.standardStatus} />;
  }
  const text = props.spec.format(props.listing, formatters);
  return text === null ? <NotAvailable /> : <span className="ek:truncate">{text}</span>;
}
