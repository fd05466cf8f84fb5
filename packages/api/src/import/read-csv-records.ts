import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, type Info, type Options, parse } from 'csv-parse';
import { ImportFileError, ImportFileProblem } from './import-errors';

/**
 * Bytes of a CSV file as they arrive: a Node stream (`fs.createReadStream`, an upload), any
 * (async) iterable of chunks, or a whole string. Text must be UTF-8.
 */
export type CsvSource =
  | AsyncIterable<Buffer | string>
  | Iterable<Buffer | string>
  | NodeJS.ReadableStream;

/**
 * One CSV record: its fields as written (quotes removed, nothing trimmed), the 1-based `line` on
 * which it starts, and `bytes`, how far into the file (in bytes, BOM included) the record ends.
 */
export interface CsvRecord {
  fields: string[];
  line: number;
  bytes: number;
}

/**
 * Counts physical lines over the raw text of consecutive records. `\r\n`, `\n` and a lone `\r`
 * each end one line, inside quoted fields too; a CRLF split across two records' raw text (csv-parse
 * leaves the `\n` of a CRLF record end out of `raw`) still counts once. We count ourselves because
 * csv-parse's `info.lines` (csv-parse 7.0.3) counts the `\r` and the `\n` of a CRLF inside a
 * quoted field as two lines, and reports the line a record ends on, not the one it starts on.
 */
class LineCounter {
  private line = 1;
  private afterCarriageReturn = false;

  /** Consumes one record's raw text; returns the line of its first character that is no line break. */
  startOf(raw: string): number {
    let start = 0;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      if (code === 10) {
        if (!this.afterCarriageReturn) this.line++;
        this.afterCarriageReturn = false;
      } else if (code === 13) {
        this.line++;
        this.afterCarriageReturn = true;
      } else {
        if (start === 0) start = this.line;
        this.afterCarriageReturn = false;
      }
    }
    return start === 0 ? this.line : start;
  }

  /** The line the next record starts on, as far as is known. */
  get next(): number {
    return this.line;
  }
}

const SYNTAX_REASONS: Partial<Record<string, string>> = {
  INVALID_OPENING_QUOTE: 'a quote appears inside a field that does not start with one',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by text before the next comma',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_MAX_RECORD_SIZE: 'a record is longer than 128,000 characters (wrong delimiter?)',
};

/**
 * Streams the records of a CSV file through csv-parse: comma-separated, `"`-quoted (fields may
 * hold commas, quotes doubled, line breaks), LF or CRLF line ends, a UTF-8 BOM dropped, empty
 * lines skipped. Records of differing widths are passed on as they are; judging them is the
 * caller's business. Line numbers are exact for LF and CRLF files, also after multi-line fields.
 *
 * Throws `ImportFileError` (MALFORMED_CSV) with `context.line` (where the broken record starts)
 * when the text cannot be split into fields; rows after it cannot be trusted. Errors of the
 * source itself (I/O) pass through unchanged.
 */
export async function* readCsvRecords(
  source: CsvSource,
): AsyncGenerator<CsvRecord, void, undefined> {
  const lines = new LineCounter();
  const parser = parse({
    bom: true,
    raw: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // Runs as each record is parsed, before any later syntax error: the counter stays exact.
    // With `raw` and `info` on, csv-parse hands over `{ record, raw, info }`; its types miss that.
    on_record: ((parsed: { record: string[]; raw: string; info: Info }): CsvRecord => ({
      fields: parsed.record,
      line: lines.startOf(parsed.raw),
      bytes: parsed.info.bytes,
    })) as unknown as Options['on_record'],
  });
  // Errors surface through the iteration below; this only stops an unhandled rejection.
  const piping = pipeline(Readable.from(source as AsyncIterable<Buffer | string>), parser);
  piping.catch(() => {});
  try {
    yield* parser as AsyncIterable<CsvRecord>;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = lines.next;
    const reason = SYNTAX_REASONS[error.code] ?? error.message;
    throw new ImportFileError(
      ImportFileProblem.MalformedCsv,
      `CSV syntax error in the record starting at line ${line}: ${reason}`,
      {
        context: { line, csvCode: error.code },
        suggestion: 'quote fields that contain quotes, and double the quotes inside them ("")',
        cause: error,
      },
    );
  }
}
