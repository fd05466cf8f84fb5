import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';

/**
 * The WAI-ARIA disclosure pattern for small popovers (column menu, status filter): a button
 * with `aria-expanded`/`aria-controls` shows a `<fieldset>` of choices. Escape inside closes it and returns
 * focus to the button; a pointer press outside closes it. Listeners exist only while open.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (
        target &&
        !contentRef.current?.contains(target) &&
        !triggerRef.current?.contains(target)
      ) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    triggerRef.current?.focus();
  }, []);

  return {
    open,
    setOpen,
    triggerProps: {
      ref: triggerRef,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': id,
      'data-state': open ? ('open' as const) : ('closed' as const),
      onClick: () => setOpen((value) => !value),
    },
    contentProps: {
      ref: contentRef,
      id,
      hidden: !open,
      'data-state': open ? ('open' as const) : ('closed' as const),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      },
    },
  };
}
