import Papa from 'papaparse';

/** A CSV data row with the 1-based line number where it starts, for error messages. */
export type CsvRow = { line: number; values: Record<string, string> };
export type CsvIssue = { line: number; reason: string };

/**
 * Parse CSV text with a header row. Every data row keeps the line it starts on (quoted fields may
 * span lines; CRLF, LF and lone CR all end a line, and read as \n inside values). Rows with a wrong number of fields, unknown or missing required header columns are
 * reported as issues, never silently dropped.
 */
export function parseCsv(
  text: string,
  columns: { required: readonly string[]; optional: readonly string[] },
): { rows: CsvRow[]; issues: CsvIssue[] } {
  // One kind of line break (CRLF, LF or a lone CR each end a line), so the parser and our line
  // numbers agree whatever a spreadsheet wrote; breaks inside quoted values become \n too.
  const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const issues: CsvIssue[] = [];
  const rows: CsvRow[] = [];
  const lineStarts: number[] = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let header: string[] | null = null;
  let headerFailed = false;
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      // Skip the line break that ends the row so the next row starts on its own line.
      if (body[rowStart] === '\n') rowStart++;
      const line = lineAt(start);
      const fields = result.data;
      for (const e of result.errors) issues.push({ line, reason: `CSV syntax: ${e.message}` });
      if (fields.length === 1 && fields[0] === '') return; // blank line
      if (headerFailed) return;
      if (header === null) {
        header = fields.map((h) => h.trim());
        const known = new Set([...columns.required, ...columns.optional]);
        for (const h of header) if (!known.has(h)) issues.push({ line, reason: `unknown column "${h}"` });
        for (const r of columns.required)
          if (!header.includes(r)) issues.push({ line, reason: `missing required column "${r}"` });
        const dup = header.filter((h, i) => header!.indexOf(h) !== i);
        for (const h of new Set(dup)) issues.push({ line, reason: `duplicate column "${h}"` });
        headerFailed = dup.length > 0; // which of the values to use would be a guess: read no row
        return;
      }
      if (fields.length !== header.length) {
        issues.push({ line, reason: `expected ${header.length} fields, found ${fields.length}` });
        return;
      }
      const values: Record<string, string> = {};
      header.forEach((h, i) => (values[h] = (fields[i] ?? '').trim()));
      rows.push({ line, values });
    },
  });
  if (header === null) issues.push({ line: 1, reason: 'empty file: no header row' });
  return { rows, issues };
}

/** Serialise rows as RFC 4180 CSV with a header, `\n` line ends. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string | number | null>[]): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' }) + '\n';
}
