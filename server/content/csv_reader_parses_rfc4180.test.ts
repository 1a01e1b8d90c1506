import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvTable, requireColumn } from './csv.ts';

describe('CSV reader', () => {
  it('handles quotes, escaped quotes, embedded commas and newlines', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n"line1\nline2",z\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line1\nline2', 'z'],
    ]);
  });

  it('handles CRLF, a UTF-8 BOM, blank lines and a missing final newline', () => {
    expect(parseCsv('\uFEFFtext,label\r\n你好,greet\r\n\r\nbye,goodbye')).toEqual([
      ['text', 'label'],
      ['你好', 'greet'],
      ['bye', 'goodbye'],
    ]);
  });

  it('keeps empty fields and a quoted empty line', () => {
    expect(parseCsv('a,,c\n""\n,\n')).toEqual([['a', '', 'c'], [''], ['', '']]);
  });

  it('reads a header into records and names missing columns', () => {
    const t = parseCsvTable(' text ,label\nhi,greet\n', 'f.csv');
    expect(t.header).toEqual(['text', 'label']);
    expect(t.records).toEqual([{ text: 'hi', label: 'greet' }]);
    expect(() => requireColumn(t, 'intent', 'f.csv')).toThrow(
      'f.csv: no column "intent" (columns: text, label)',
    );
  });

  it('rejects rows with the wrong number of fields and unterminated quotes', () => {
    expect(() => parseCsvTable('a,b\n1,2,3\n', 'f.csv')).toThrow('f.csv: row 2 has 3 fields, header has 2');
    expect(() => parseCsv('a,"b\n')).toThrow(CsvError);
  });
});
