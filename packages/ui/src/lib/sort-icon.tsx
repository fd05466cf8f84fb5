/**
 * The sort indicator of a sortable column header (`ek:sort-icon`, `data-direction`): both
 * arrows, the one not in force dimmed. Decorative (`aria-hidden`): the header's `aria-sort` says
 * the order.
 */
export function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      className="ek:sort-icon"
      data-direction={direction || 'none'}
    >
      <path d="M6 2 9 5H3z" opacity={direction === 'desc' ? 0.25 : 1} fill="currentColor" />
      <path d="M6 10 3 7h6z" opacity={direction === 'asc' ? 0.25 : 1} fill="currentColor" />
    </svg>
  );
}
