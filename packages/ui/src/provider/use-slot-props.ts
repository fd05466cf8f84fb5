import type { CSSProperties } from 'react';
import { cn } from '../lib/cn';
import type { EstateKitSlot } from '../lib/slots';
import { useEstateKitSettings } from './estatekit-context';

interface Styleable {
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

/**
 * Props for one widget part: adds `data-slot`, and merges classes and styles in the order
 * ours → `appearance.elements[slot]` → the part's own props, so the most specific wins.
 */
export function useSlotProps<P extends Styleable>(
  slot: EstateKitSlot,
  ourClassName: string,
  props: P,
): P & { 'data-slot': EstateKitSlot } {
  const element = useEstateKitSettings().appearance.elements[slot];
  return {
    ...props,
    'data-slot': slot,
    className: cn(ourClassName, element?.className, props.className),
    style: element?.style || props.style ? { ...element?.style, ...props.style } : undefined,
  };
}
