import type { ComponentProps } from 'react';
import { composeEventHandlers } from '../lib/compose-event-handlers';
import { useDisclosure } from '../lib/use-disclosure';
import { useSlotProps } from '../provider/use-slot-props';
import { usePropertyGrid } from './property-grid-context';
import { specOf } from './property-grid-table-model';

/**
 * The row above the grid (`data-slot="property-grid-toolbar"`): by default the listing count
 * and the column menu. Pass children to replace them.
 */
export function PropertyGridToolbar({ children, ...props }: ComponentProps<'div'>) {
  const slot = useSlotProps(
    'property-grid-toolbar',
    'ek:flex ek:flex-wrap ek:items-center ek:justify-between ek:gap-3',
    props,
  );
  return (
    <div {...slot}>
      {children ?? (
        <>
          <PropertyGridCount />
          <PropertyGridColumnsMenu />
        </>
      )}
    </div>
  );
}

/**
 * The number of matching listings ("21,436 listings"), as a polite live region
 * (`role="status"`) so screen readers hear the new count after each search without losing
 * their place. Keeps the previous count while a new page loads.
 */
export function PropertyGridCount({ children, ...props }: ComponentProps<'p'>) {
  const { total, state, formatters, ids } = usePropertyGrid();
  const slot = useSlotProps('property-grid-count', 'ek:text-muted-foreground ek:tabular', props);
  const text =
    state === 'error' ? '' : total === null ? 'Loading listings…' : formatters.listingCount(total);
  return (
    <p id={ids.count} role="status" aria-live="polite" aria-atomic="true" {...slot}>
      {children ?? text}
    </p>
  );
}

/**
 * A "Columns" button showing a checkbox per hideable column (disclosure pattern: Escape closes
 * and returns focus). Hiding a column removes it from the grid; the search is unchanged.
 */
export function PropertyGridColumnsMenu({ onClick, ...props }: ComponentProps<'button'>) {
  const { table } = usePropertyGrid();
  const { open, triggerProps, contentProps } = useDisclosure();
  const slot = useSlotProps('property-grid-columns-trigger', 'ek:btn', props);
  const content = useSlotProps(
    'property-grid-columns-content',
    'ek:popover ek:absolute ek:end-0 ek:top-full ek:z-20 ek:mt-1 ek:grid ek:gap-1',
    {},
  );
  const menu = useSlotProps('property-grid-columns-menu', 'ek:relative', {});
  return (
    <div {...menu}>
      <button
        {...triggerProps}
        {...slot}
        onClick={composeEventHandlers(onClick, triggerProps.onClick)}
      >
        Columns
      </button>
      <fieldset {...contentProps} {...content}>
        <legend className="ek:sr-only">Visible columns</legend>
        {open &&
          table
            .getAllLeafColumns()
            .filter((column) => column.getCanHide())
            .map((column) => (
              <label key={column.id} className="ek:check">
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  onChange={(event) => column.toggleVisibility(event.currentTarget.checked)}
                />
                {specOf(column.columnDef.meta).header}
              </label>
            ))}
      </fieldset>
    </div>
  );
}
