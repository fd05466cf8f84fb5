import type { LeadDto } from '@estatekit/domain';
import { type ComponentProps, type ReactNode, useEffect, useState } from 'react';
import { createModuleStore, useLoadedModule } from '../lib/load-on-demand';

/** Props of a column's list of cards, plain or virtualized. */
export interface LeadKanbanCardListProps extends Omit<ComponentProps<'ul'>, 'children'> {
  /** The column's loaded leads, in the API's order. */
  leads: readonly LeadDto[];
  /**
   * Renders one card; virtualized lists pass its offset from the top (px) and a ref that
   * measures it.
   */
  renderCard: (
    lead: LeadDto,
    index: number,
    top?: number,
    measureRef?: (element: HTMLElement | null) => void,
  ) => ReactNode;
  /** Cards that must stay rendered even when scrolled out of view (dragged, focused). */
  pinnedLeadIds: readonly string[];
  /** A card to scroll into view (a keyboard or menu move brought it here). */
  scrollToLeadId: string | null;
}

/** The virtualized list's code (`@tanstack/react-virtual`), downloaded for the first long column. */
export const leadKanbanVirtualListCode = createModuleStore(
  () => import('./lead-kanban-virtual-list'),
);

/**
 * A column's cards. Up to `threshold` cards render as a plain list; a longer column renders
 * only the cards in view (`LeadKanbanVirtualList`), once that code has downloaded. Until then
 * it shows the first `threshold` cards; if the download fails, every card (slower, but
 * complete).
 */
export function LeadKanbanCardList({
  threshold,
  scrollElement,
  ...props
}: LeadKanbanCardListProps & { threshold: number; scrollElement: HTMLElement | null }) {
  const long = props.leads.length > threshold;
  const parts = useLoadedModule(leadKanbanVirtualListCode);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (long && !parts) leadKanbanVirtualListCode.load().catch(() => setFailed(true));
  }, [long, parts]);
  if (long && parts) {
    return <parts.LeadKanbanVirtualList {...props} scrollElement={scrollElement} />;
  }
  const { leads, renderCard, pinnedLeadIds: _pinned, scrollToLeadId: _scroll, ...list } = props;
  const shown = long && !failed ? leads.slice(0, threshold) : leads;
  return <ul {...list}>{shown.map((lead, index) => renderCard(lead, index))}</ul>;
}
