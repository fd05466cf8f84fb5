import { describe, expect, it } from 'vitest';
import { downloadName, reportFileBlob } from './delinquency-report-download.utils';

describe('given a file from a report procedure', () => {
  it('keeps CSV text as UTF-8', async () => {
    const blob = reportFileBlob({
      fileName: 'delinquency-2025-03-01.csv',
      contentType: 'text/csv; charset=utf-8',
      data: 'Tenants\nZoë Åberg\n',
      encoding: 'utf8',
    });
    expect(await blob.text()).toBe('Tenants\nZoë Åberg\n');
    expect(blob.size).toBe(new TextEncoder().encode('Tenants\nZoë Åberg\n').length);
  });

  it('decodes base64 to the original bytes', async () => {
    const blob = reportFileBlob({
      fileName: 'receipt.pdf',
      contentType: 'application/pdf',
      data: btoa('%PDF-1.7\n\u00ff'),
      encoding: 'base64',
    });
    expect([...new Uint8Array(await blob.arrayBuffer())].slice(-2)).toEqual([10, 255]);
    expect(blob.type).toBe('application/pdf');
  });

  it('saves under the API’s name without any path, or the fallback', () => {
    expect(downloadName('delinquency-2025-03-01.csv', 'x.csv')).toBe('delinquency-2025-03-01.csv');
    expect(downloadName('../../etc/passwd', 'x.csv')).toBe('passwd');
    expect(downloadName('reports\\a.csv', 'x.csv')).toBe('a.csv');
    expect(downloadName(' ', 'delinquency-2025-03-01.csv')).toBe('delinquency-2025-03-01.csv');
  });
});
