import '@estatekit/ui/styles.css';
import type { Preview } from '@storybook/react-vite';
import { withEstateKit } from '../src/storybook/with-estatekit';

/**
 * Every story renders inside an EstateKitProvider over the mocked API; the toolbar switches
 * the provider's `appearance` between the built-in themes and light/dark.
 */
const preview: Preview = {
  decorators: [withEstateKit],
  globalTypes: {
    theme: {
      description: 'EstateKit theme (appearance.theme)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'estatekit', title: 'EstateKit' },
          { value: 'harbour', title: 'Harbour' },
        ],
        dynamicTitle: true,
      },
    },
    mode: {
      description: 'Colour mode (appearance.mode)',
      toolbar: {
        title: 'Mode',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'estatekit', mode: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Theming', 'Embedding safely', 'Rent ledger'],
          'PropertyGrid',
          'LeadKanban',
          ['Board', 'Scenarios', 'States'],
          'AgentWorkload',
          'LedgerView',
          ['Leases', 'Payments', 'States', 'Themes'],
          'DelinquencyReport',
          ['Report', 'With LedgerView', 'States'],
          'Theming',
        ],
      },
    },
  },
};

export default preview;
