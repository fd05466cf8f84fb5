/**
 * Size-limit entry: AG Grid Community as a plain-JS grid (`createGrid` with every community
 * module registered, as its docs start), showing a listings table. Its styles (Theming API)
 * ship inside this JS.
 */
import { AllCommunityModule, createGrid, ModuleRegistry } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

createGrid(document.getElementById('listings')!, {
  rowData: [{ listingId: '7129300520', listPrice: 22_190_000, bedroomsTotal: 3 }],
  columnDefs: [{ field: 'listingId' }, { field: 'listPrice' }, { field: 'bedroomsTotal' }],
  pagination: true,
});
