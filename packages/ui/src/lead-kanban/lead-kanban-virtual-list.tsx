import {
  defaultRangeExtractor,
  measureElement,
  type Range,
  useVirtualizer,
} from '@tanstack/react-virtual';
import { type CSSProperties, useCallback, useEffect } from 'react';
import type { LeadKanbanCardListProps } from './lead-kanban-card-list';

const ESTIMATED_CARD_HEIGHT = 132;

/**
 * The cards of a long column that are in view (plus 4 above and below, and the cards that must
 * stay mounted: the one being dragged, the one asked to take focus), absolutely positioned in a
 * list as tall as every card (`--ek-kanban-list-height`). Card heights are measured; before a
 * card is laid out its height is estimated. Loaded on demand by `LeadKanbanCardList`: this
 * module is the only one of the kanban that imports `@tanstack/react-virtual`.
 */
export function LeadKanbanVirtualList({
  leads,
  renderCard,
  scrollElement,
  pinnedLeadIds,
  scrollToLeadId,
  ...props
}: LeadKanbanCardListProps & { scrollElement: HTMLElement | null }) {
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const pinned = pinnedLeadIds
        .map((id) => leads.findIndex((lead) => lead.id === id))
        .filter((index) => index >= 0 && !indexes.includes(index));
      return pinned.length > 0 ? [...indexes, ...pinned].sort((a, b) => a - b) : indexes;
    },
    [leads, pinnedLeadIds],
  );
  const virtualizer = useVirtualizer({
    count: leads.length,
    getScrollElement: () => scrollElement,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => leads[index]?.id ?? index,
    overscan: 4,
    rangeExtractor,
    // Without layout (server, tests) a card measures 0: keep the estimate then.
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : ESTIMATED_CARD_HEIGHT;
    },
  });
  const target = scrollToLeadId ? leads.findIndex((lead) => lead.id === scrollToLeadId) : -1;
  useEffect(() => {
    if (target >= 0) virtualizer.scrollToIndex(target, { align: 'auto' });
  }, [target, virtualizer]);
  const style = {
    ...props.style,
    '--ek-kanban-list-height': `${virtualizer.getTotalSize()}px`,
  } as CSSProperties;
  return (
    <ul {...props} style={style} data-virtual="">
      {virtualizer.getVirtualItems().map((item) => {
        const lead = leads[item.index];
        return lead ? renderCard(lead, item.index, item.start, virtualizer.measureElement) : null;
      })}
    </ul>
  );
}
