import type { Resource } from '../../db/schema';
import type { Row } from '../store';
import type { HeaderMap } from './headers';
import { headerOf } from './labels';
import type { Parser } from './parse';
import type { Raw, Sheet } from './read';
import { unescapeCsv } from './values';

export interface RowError { column: string | null; message: string }

export interface ParsedRow {
  row: number;
  input: Row;
  key: unknown[] | null;
  errors: RowError[];
}

const keyOf = (map: HeaderMap, cells: Raw[], input: Row): unknown[] | string => {
  const hidden = map.keyIndex === undefined ? null : cells[map.keyIndex];
  if (hidden == null || hidden === '') return map.keyFields.map((f) => input[f] ?? null);
  try {
    const key = JSON.parse(String(hidden));
    if (Array.isArray(key) && key.length === map.keyFields.length) return key;
  } catch { /* reported as a row error */ }
  return '照合キーの値が正しくありません';
};

export const parseRows = (resource: Resource, map: HeaderMap, parsers: Parser[], sheet: Sheet): ParsedRow[] =>
  sheet.rows.map(({ row, cells }) => {
    const input: Row = {};
    const errors: RowError[] = [];
    map.mapped.forEach((m, i) => {
      const cell = cells[m.index] ?? null;
      const result = parsers[i](sheet.format === 'csv' ? unescapeCsv(cell) : cell);
      if ('error' in result) errors.push({ column: m.header, message: result.error });
      else input[m.column.name] = result.value;
    });
    const key = keyOf(map, cells, input);
    if (typeof key === 'string') return { row, input, key: null, errors: [...errors, { column: null, message: key }] };
    if (key.some((v) => v == null)) {
      const message = `照合に使う項目が空です: ${map.keyFields.map((f) => headerOf(resource, f)).join('、')}`;
      return { row, input, key: null, errors: [...errors, { column: null, message }] };
    }
    map.keyFields.forEach((f, n) => (input[f] ??= key[n]));
    return { row, input, key, errors };
  });
