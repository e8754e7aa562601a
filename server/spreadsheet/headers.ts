import { columnsOf, systemColumnDefs, type Column } from '../../db/columns';
import { canRead, type Actor } from '../../db/policy';
import type { Resource } from '../../db/schema';
import { badRequest } from '../errors';
import { headerOf, isSystem, keyHeader, normalizeLabel } from './labels';

export interface Mapped {
  index: number;
  header: string;
  column: Column;
}

export interface HeaderMap {
  mapped: Mapped[];
  keyIndex?: number;
  keyFields: string[];
  warnings: string[];
  columns: { header: string; field: string | null }[];
}

export const mapHeaders = (resource: Resource, actor: Actor, headers: string[]): HeaderMap => {
  const labels = new Map<string, Column>();
  for (const column of columnsOf(resource)) {
    labels.set(normalizeLabel(column.name), column);
    labels.set(normalizeLabel(headerOf(resource, column.name)), column);
  }
  const system = new Set(systemColumnDefs.flatMap((c) => [c.name, headerOf(resource, c.name)]).map(normalizeLabel));
  const result: HeaderMap = { mapped: [], keyFields: resource.unique[0] ?? [], warnings: [], columns: [] };
  headers.forEach((header, index) => {
    if (!header) return;
    const label = normalizeLabel(header);
    const column = labels.get(label);
    result.columns.push({ header, field: column?.name ?? null });
    if (label === normalizeLabel(keyHeader)) result.keyIndex = index;
    else if (system.has(label) || isSystem(label)) result.warnings.push(`「${header}」列はシステムが管理する項目のため取り込みません`);
    else if (!column || !canRead(actor, resource.name, column.name)) result.warnings.push(`「${header}」列は該当する項目がないため無視します`);
    else if (column.derived) result.warnings.push(`「${header}」列は計算で求める項目のため取り込みません`);
    else if (result.mapped.some((m) => m.column === column)) throw badRequest(`「${header}」列が重複しています`);
    else result.mapped.push({ index, header, column });
  });
  const missing = result.keyFields.filter((f) => !result.mapped.some((m) => m.column.name === f));
  if (result.keyIndex === undefined && missing.length) {
    const names = missing.map((f) => headerOf(resource, f)).join('、');
    throw badRequest(`照合に必要な列がありません: ${names}（この列を加えるか、照合キーを含む Excel 形式で出力したファイルをお使いください）`);
  }
  if (!result.mapped.length) throw badRequest('取り込める列がありません。1行目の見出しを確認してください');
  return result;
};

export const headerFor = (resource: Resource, map: HeaderMap, field: string) =>
  map.mapped.find((m) => m.column.name === field)?.header ?? headerOf(resource, field);
