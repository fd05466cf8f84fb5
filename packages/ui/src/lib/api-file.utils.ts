/*
 * Saving a file the API hands back (`receipts.get`: a PDF as base64; `reports.*Csv`: UTF-8
 * text) in the browser.
 */

/** A file as the API returns it: name, MIME type, and data as UTF-8 text or base64. */
export interface ApiFile {
  /** e.g. `"delinquency-2025-03-01.csv"`, `"receipt-42.pdf"`. */
  fileName: string;
  /** e.g. `"text/csv; charset=utf-8"`, `"application/pdf"`. */
  contentType: string;
  /** UTF-8 text, or the bytes as base64 (standard alphabet), per `encoding`. */
  data: string;
  encoding: 'utf8' | 'base64';
}

/** The file's bytes as a `Blob` of its content type. Throws `DOMException` for bad base64. */
export function apiFileBlob(file: ApiFile): Blob {
  if (file.encoding === 'utf8') return new Blob([file.data], { type: file.contentType });
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.contentType });
}

/**
 * A name to save the file under: the API's `fileName` without any path, or `fallback` when it
 * has none.
 */
export function downloadName(fileName: string, fallback: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' ? fallback : base;
}

/**
 * Offers `file` as a download and returns the name it was saved under: an object URL for its
 * Blob, a hidden `<a download>` clicked inside `container` (inside the widget, so nothing is
 * added to the host's `<body>`) and removed at once; the URL is revoked a minute later
 * (browsers read it asynchronously). Call it from an event handler. Throws for bad base64.
 */
export function saveApiFile(file: ApiFile, container: HTMLElement, fallbackName: string): string {
  const name = downloadName(file.fileName, fallbackName);
  const url = URL.createObjectURL(apiFileBlob(file));
  const link = container.ownerDocument.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  container.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return name;
}
