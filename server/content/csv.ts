/**
 * A small RFC 4180 CSV reader: quoted fields with embedded commas, quotes ("") and newlines, CRLF or LF
 * line ends, a leading UTF-8 BOM, and a final line with or without a newline. Blank lines are skipped.
 */
import { readFileSync } from 'node:fs';

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvError';
  }
}

/** Parses CSV text into rows of raw fields. */
export function parseCsv(source: string): string[][] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '' || fieldStarted) rows.push(row);
    row = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"') {
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = true;
    } else if (c === '\n') endRow();
    else if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (quoted) throw new CsvError('unterminated quoted field at end of input');
  if (field !== '' || row.length > 0 || fieldStarted) endRow();
  return rows;
}

export interface CsvTable {
  header: string[];
  records: Array<Record<string, string>>;
}

/** Parses CSV with a header row into records keyed by column name. */
export function parseCsvTable(source: string, name = 'input'): CsvTable {
  const [header, ...body] = parseCsv(source);
  if (!header) throw new CsvError(`${name}: empty CSV`);
  const columns = header.map((h) => h.trim());
  const records = body.map((fields, i) => {
    if (fields.length !== columns.length) {
      throw new CsvError(`${name}: row ${i + 2} has ${fields.length} fields, header has ${columns.length}`);
    }
    return Object.fromEntries(columns.map((c, j) => [c, fields[j] ?? '']));
  });
  return { header: columns, records };
}

export function readCsvFile(path: string): CsvTable {
  return parseCsvTable(readFileSync(path, 'utf8'), path);
}

/** The values of `column`, failing with the available columns when it is missing. */
export function requireColumn(table: CsvTable, column: string, name = 'input'): string[] {
  if (!table.header.includes(column)) {
    throw new CsvError(`${name}: no column "${column}" (columns: ${table.header.join(', ')})`);
  }
  return table.records.map((r) => r[column] ?? '');
}
