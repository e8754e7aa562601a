const eras: Record<string, { start: string; offset: number }> = {
  令和: { start: '2019-05-01', offset: 2018 },
  平成: { start: '1989-01-08', offset: 1988 },
  昭和: { start: '1926-12-25', offset: 1925 },
};
const eraLetters: Record<string, string> = { R: '令和', H: '平成', S: '昭和' };

const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const japanese = /^(令和|平成|昭和|[RHS])(元|\d{1,2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

const pad = (n: number) => String(n).padStart(2, '0');

const iso = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
};

/** A date typed the ways Japanese offices write it, as YYYY-MM-DD; null when it is no real date. */
export const readDate = (input: string): string | null => {
  const text = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  const w = western.exec(text);
  if (w) return iso(Number(w[1]), Number(w[2]), Number(w[3]));
  const j = japanese.exec(text);
  if (!j) return null;
  const era = eras[eraLetters[j[1]] ?? j[1]];
  const year = j[2] === '元' ? 1 : Number(j[2]);
  const date = year >= 1 ? iso(era.offset + year, Number(j[3]), Number(j[4])) : null;
  return date && date >= era.start ? date : null;
};
