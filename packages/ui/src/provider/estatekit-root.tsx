import type { ComponentProps } from 'react';
import { cn } from '../lib/cn';
import { useEstateKitSettings } from './estatekit-context';

/**
 * The themed root every widget renders (and every portal it opens, such as dialogs):
 * `data-ek-root` + class `ek-root` scope the stylesheet, `data-ek-theme` and
 * `data-ek-appearance` select the theme's variables, and the provider's theme object and
 * `variables` overrides go inline as `--ek-*` properties. Use it to build your own widget on
 * the same look. Props go to the `<div>`; `className` and `style` merge.
 */
export function EstateKitRoot({ className, style, ...props }: ComponentProps<'div'>) {
  const { appearance, rootStyle } = useEstateKitSettings();
  return (
    <div
      data-ek-root=""
      data-ek-theme={appearance.themeName}
      data-ek-appearance={appearance.mode}
      {...props}
      className={cn('ek-root', className)}
      style={{ ...rootStyle, ...style }}
    />
  );
}
