import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './import-errors';
import { type CsvRecord, readCsvRecords } from './read-csv-records';

async function collect(source: Parameters<typeof readCsvRecords>[0]): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of readCsvRecords(source)) records.push(record);
  return records;
}

const linesOf = (records: CsvRecord[]) => records.map(({ fields, line }) => ({ fields, line }));

describe('given the same CSV with LF and with CRLF line ends', () => {
  const lf = 'id,note\n1,plain\n2,"two\nlines"\n3,"comma, and ""quote"""\n';
  const crlf = lf.replaceAll('\n', '\r\n');

  it('reads the same fields, and CRLF inside a quoted field stays in the value', async () => {
    expect((await collect(lf)).map((r) => r.fields)).toEqual([
      ['id', 'note'],
      ['1', 'plain'],
      ['2', 'two\nlines'],
      ['3', 'comma, and "quote"'],
    ]);
    expect((await collect(crlf)).map((r) => r.fields[1])).toEqual([
      'note',
      'plain',
      'two\r\nlines',
      'comma, and "quote"',
    ]);
  });

  it('numbers records by the line they start on, after a multi-line field too', async () => {
    expect((await collect(lf)).map((r) => r.line)).toEqual([1, 2, 3, 5]);
    expect((await collect(crlf)).map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });
});

describe('given a file with a BOM, blank lines and odd chunking', () => {
  const text = '\uFEFFid,price\r\n\r\n1,100\r\n\r\n\r\n2,200';

  it('drops the BOM, skips blank lines and still counts them', async () => {
    expect(linesOf(await collect(text))).toEqual([
      { fields: ['id', 'price'], line: 1 },
      { fields: ['1', '100'], line: 3 },
      { fields: ['2', '200'], line: 6 },
    ]);
  });

  it('gives the same records when the bytes arrive one at a time', async () => {
    const bytes = Buffer.from(text);
    const oneByOne = Array.from(bytes, (byte) => Buffer.from([byte]));
    expect(linesOf(await collect(oneByOne))).toEqual(linesOf(await collect([bytes])));
  });

  it('reports how far into the file, in bytes, each record ends', async () => {
    const records = await collect([Buffer.from(text)]);
    expect(records.at(-1)?.bytes).toBe(Buffer.byteLength(text));
  });
});

describe('given broken quoting', () => {
  it('refuses the file, naming the line where the broken record starts', async () => {
    const error = await collect('id,price\r\n1,"multi\r\nline"\r\n2,12"5\r\n3,300\r\n').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ problem: 'MALFORMED_CSV', context: { line: 4 } });
  });
});

describe('given any CSV document of quoted fields', () => {
  const field = fc.stringMatching(/^[a-z ,"]{0,3}(?:\r?\n[a-z ,"]{0,3}){0,2}$/);
  const document = fc.record({
    records: fc.array(fc.array(field, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 8,
    }),
    blankLinesBefore: fc.array(fc.nat(2), { minLength: 8, maxLength: 8 }),
    eol: fc.constantFrom('\n', '\r\n'),
    finalEol: fc.boolean(),
  });

  it('finds each record on the line a text editor shows it on', async () => {
    await fc.assert(
      fc.asyncProperty(document, async ({ records, blankLinesBefore, eol, finalEol }) => {
        let text = '';
        let line = 1;
        const expected: { fields: string[]; line: number }[] = [];
        records.forEach((fields, i) => {
          const blank = i === 0 ? 0 : (blankLinesBefore[i] ?? 0);
          text += eol.repeat(blank);
          line += blank;
          expected.push({ fields, line });
          const cells = fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(',');
          text += cells + (i < records.length - 1 || finalEol ? eol : '');
          line += (cells.match(/\r?\n/g) ?? []).length + 1;
        });
        expect(linesOf(await collect(text))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
