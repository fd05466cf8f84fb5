import { setProjectAnnotations } from '@storybook/react';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import preview from '../../.storybook/preview';

// Stories get the same decorators and globals as in Storybook (provider over the mocked API).
setProjectAnnotations(preview);

// Testing Library unmounts automatically only with vitest globals; this suite imports them.
afterEach(() => cleanup());
