/**
 * Size-limit entry: MUI X DataGrid (MIT) rendering a listings table, with its peers
 * (@mui/material, Emotion) bundled as a consumer would; React and react-dom are ignored by the
 * check. Its styles (Emotion) ship inside this JS.
 */
import { DataGrid } from '@mui/x-data-grid';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('listings')!).render(
  createElement(DataGrid, {
    rows: [{ id: '7129300520', listPrice: 22_190_000, bedroomsTotal: 3 }],
    columns: [{ field: 'id' }, { field: 'listPrice' }, { field: 'bedroomsTotal' }],
  }),
);
