import type { Column } from '../../db/columns';
import type { Resource } from '../../db/schema';
import { choiceIndex, listSeparator, no, normalizeLabel, parseFiscalYear, yes } from './labels';
import { readDate } from './dates';
import type { Raw } from './read';
import type { ReferenceIndex } from './titles';

export type Parsed = { value: unknown } | { error: string };
export type Parser = (raw: Raw) => Parsed;

const truthy = new Set([yes, 'true', '1', '○', '〇', 'yes', 'あり', '有'].map(normalizeLabel));
const falsy = new Set([no, 'false', '0', '×', 'no', 'なし', '無'].map(normalizeLabel));

const excelEpoch = Date.UTC(1899, 11, 30);

const dateParser: Parser = (raw) => {
  if (raw instanceof Date) return { value: raw.toISOString().slice(0, 10) };
  if (typeof raw === 'number') return { value: new Date(excelEpoch + Math.round(raw * 86400) * 1000).toISOString().slice(0, 10) };
  const value = readDate(String(raw));
  return value ? { value } : { error: `「${String(raw).trim()}」は日付として読めません（例: 2027/3/31、令和9年3月31日、R9.3.31）` };
};

const parseNumber = (raw: Raw, column: Column) => {
  if (typeof raw === 'number') return raw;
  const text = String(raw).normalize('NFKC').replace(/[,\s]/g, '');
  if (column.fiscalYear) return parseFiscalYear(text.toLowerCase()) ?? text;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
};

const parseBoolean = (raw: Raw) => {
  if (typeof raw === 'boolean') return raw;
  const key = normalizeLabel(String(raw));
  return truthy.has(key) ? true : falsy.has(key) ? false : String(raw);
};

const referenceParser = (index: ReferenceIndex): Parser => (raw) => {
  const text = String(raw).trim();
  const ids = index.ids.get(normalizeLabel(text)) ?? [];
  if (ids.length === 1) return { value: ids[0] };
  if (ids.length > 1) return { error: `「${text}」に該当するデータが複数あります` };
  const id = Number(text);
  if (Number.isSafeInteger(id) && index.titles.has(id)) return { value: id };
  return { error: `「${text}」に該当するデータが見つかりません` };
};

const choiceParser = (resource: Resource, column: Column): Parser => {
  const index = choiceIndex(resource, column);
  const one = (text: string) => index.get(normalizeLabel(text));
  if (column.kind === 'enum') return (raw) => ({ value: one(String(raw)) ?? String(raw) });
  return (raw) => {
    const items = String(raw).split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean);
    const unknown = items.filter((item) => one(item) === undefined);
    if (unknown.length) return { error: `選択肢にない値です: ${unknown.join(listSeparator)}` };
    return { value: items.map(one) };
  };
};

const valueParser = (column: Column): ((raw: Raw) => unknown) => {
  switch (column.kind) {
    case 'integer': case 'number': return (raw) => parseNumber(raw, column);
    case 'boolean': return parseBoolean;
    case 'json': return (raw) => {
      try {
        return typeof raw === 'string' ? JSON.parse(raw) : raw;
      } catch {
        return raw;
      }
    };
    default: return (raw) => (raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim());
  }
};

const isBlank = (raw: Raw) => raw == null || (typeof raw === 'string' && !raw.trim());

export const parserFor = (resource: Resource, column: Column, reference?: ReferenceIndex): Parser => {
  const inner: Parser = reference ? referenceParser(reference)
    : column.kind === 'date' ? dateParser
    : column.kind === 'enum' || column.kind === 'set' ? choiceParser(resource, column)
      : (raw) => ({ value: valueParser(column)(raw) });
  const empty = { value: column.kind === 'set' ? [] : null };
  return (raw) => (isBlank(raw) ? empty : inner(raw));
};
