import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFileBlob, downloadName, saveApiFile } from './api-file.utils';

describe('given a file from the API (a report CSV, a receipt PDF)', () => {
  it('keeps CSV text as UTF-8', async () => {
    const blob = apiFileBlob({
      fileName: 'delinquency-2025-03-01.csv',
      contentType: 'text/csv; charset=utf-8',
      data: 'Tenants\nZoë Åberg\n',
      encoding: 'utf8',
    });
    expect(await blob.text()).toBe('Tenants\nZoë Åberg\n');
    expect(blob.size).toBe(new TextEncoder().encode('Tenants\nZoë Åberg\n').length);
  });

  it('decodes base64 to the original bytes', async () => {
    const blob = apiFileBlob({
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

  it('clicks a temporary link inside the widget, then releases the URL a minute later', () => {
    vi.useFakeTimers();
    const clicked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:https://agency.test/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.download} ${this.href} ${this.isConnected}`);
    });
    const widget = document.createElement('div');
    document.body.append(widget);
    const file = {
      fileName: '',
      contentType: 'text/csv',
      data: 'a,b\n',
      encoding: 'utf8' as const,
    };
    expect(saveApiFile(file, widget, 'report.csv')).toBe('report.csv');
    expect(clicked).toEqual(['report.csv blob:https://agency.test/1 true']);
    expect(widget.querySelector('a')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith('blob:https://agency.test/1');
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});
