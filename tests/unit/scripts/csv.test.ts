import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../scripts/lib/csv';

const cols = { required: ['a', 'b'], optional: ['c'] } as const;

describe('parseCsv', () => {
  it('numbers rows by the line they start on, across quoted line breaks and CRLF', () => {
    const { rows, issues } = parseCsv('a,b\r\n1,"x\r\ny"\r\n2,z\r\n', cols);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.values.a, r.values.b])).toEqual([[2, '1', 'x\ny'], [4, '2', 'z']]);
  });

  it('reads a file mixing LF and CRLF line ends (a blank CRLF line after an LF header)', () => {
    const { rows, issues } = parseCsv('a,b\n\r\n1,2\n3,4\r\n', cols);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.values.a])).toEqual([[3, '1'], [4, '3']]);
  });

  it('reports wrong field counts, unknown and missing columns, and an empty file', () => {
    expect(parseCsv('a,x\n1,2\n', cols).issues.map((i) => i.reason)).toEqual(['unknown column "x"', 'missing required column "b"']);
    expect(parseCsv('a,b\n1\n', cols).issues).toEqual([{ line: 2, reason: 'expected 2 fields, found 1' }]);
    expect(parseCsv('', cols).issues[0]?.reason).toMatch(/empty file/);
  });

  it('strips a byte-order mark and skips blank lines', () => {
    const { rows } = parseCsv('\uFEFFa,b\n\n1,2\n', cols);
    expect(rows).toEqual([{ line: 3, values: { a: '1', b: '2' } }]);
  });

  it('round-trips hostile strings through toCsv', () => {
    const nasty = 'say "hi", <img src=x onerror=alert(1)>\nnext';
    const text = toCsv(['a', 'b'], [{ a: nasty, b: 1 }]);
    expect(parseCsv(text, cols).rows[0]?.values.a).toBe(nasty);
  });
});
