/**
 * Dates in sources come as a day, a month or only a year: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * We keep the precision the source gives and never invent the missing parts.
 */
export type PartialDate = string & { readonly __partialDate: true };

const RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(s: string): PartialDate | null {
  const m = RE.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return null;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth) return null;
    }
  }
  return s.trim() as PartialDate;
}

export const yearOf = (d: PartialDate): number => Number(d.slice(0, 4));
