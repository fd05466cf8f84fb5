import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

/** EstateKit docs: stories and MDX pages under src/, built with Vite (React, automatic JSX). */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      oxc: { jsx: { runtime: 'automatic' } },
      build: {
        // Storybook's own preview runtime is a ~1.1 MB chunk; ours are far below the default.
        chunkSizeWarningLimit: 1200,
        rolldownOptions: {
          onwarn(warning, warn) {
            // React Query's "use client" banners mean nothing in a client-only bundle.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    }),
};

export default config;
