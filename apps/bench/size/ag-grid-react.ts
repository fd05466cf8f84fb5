/**
 * Size-limit entry: AG Grid Community through its React wrapper (`AgGridReact`, every community
 * module registered), rendering a listings table. React and react-dom are ignored by the check.
 */
import { AllCommunityModule, type ColDef, ModuleRegistry } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

ModuleRegistry.registerModules([AllCommunityModule]);

interface Row {
  listingId: string;
  listPrice: number;
  bedroomsTotal: number;
}

const columnDefs: ColDef<Row>[] = [
  { field: 'listingId' },
  { field: 'listPrice' },
  { field: 'bedroomsTotal' },
];

createRoot(document.getElementById('listings')!).render(
  createElement(AgGridReact<Row>, {
    rowData: [{ listingId: '7129300520', listPrice: 22_190_000, bedroomsTotal: 3 }],
    columnDefs,
    pagination: true,
  }),
);
