/** A file as the API's report procedures return it (`reports.delinquencyCsv`). */
export interface ReportFile {
  /** e.g. `"delinquency-2025-03-01.csv"`. */
  fileName: string;
  /** e.g. `"text/csv; charset=utf-8"`. */
  contentType: string;
  /** UTF-8 text, or the bytes as base64, per `encoding`. */
  data: string;
  encoding: 'utf8' | 'base64';
}

/** The file's bytes as a `Blob` of its content type (base64 decoded; text kept as UTF-8). */
export function reportFileBlob(file: ReportFile): Blob {
  if (file.encoding === 'utf8') return new Blob([file.data], { type: file.contentType });
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.contentType });
}

/**
 * A name to save the file under: the API's `fileName` without any path, or `fallback` when it
 * has none (e.g. `"delinquency-2025-03-01.csv"`).
 */
export function downloadName(fileName: string, fallback: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' ? fallback : base;
}

/**
 * Saves `file` in the browser: an object URL for its Blob, a temporary `<a download>` clicked
 * inside `container` (the widget root, so nothing is added to the host's `<body>`), and the URL
 * revoked once the browser has taken the download. Browser only.
 */
export function saveReportFile(file: ReportFile, name: string, container: HTMLElement): void {
  const doc = container.ownerDocument;
  const url = URL.createObjectURL(reportFileBlob(file));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  container.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers: wait a tick.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
