/*
 * Saving a file the API hands back (`receipts.get`: a PDF as base64) in the browser.
 */

/** A file as the API returns it: name, MIME type, and data as UTF-8 text or base64. */
export interface ApiFile {
  fileName: string;
  contentType: string;
  data: string;
  encoding: 'utf8' | 'base64';
}

/** The bytes of a base64 string (standard alphabet). Throws `DOMException` for bad base64. */
export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Offers `file` as a download: a Blob of its bytes, an object URL, and a hidden
 * `<a download="fileName">` clicked inside `container` (inside the widget, so nothing is added
 * to the host's `<body>`), removed at once; the URL is revoked a minute later (browsers read
 * it asynchronously). Call it from an event handler. Throws for bad base64.
 */
export function saveFile(file: ApiFile, container: HTMLElement): void {
  const body = file.encoding === 'base64' ? base64ToBytes(file.data) : file.data;
  const url = URL.createObjectURL(new Blob([body], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
