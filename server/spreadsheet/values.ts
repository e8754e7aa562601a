import type { Column } from '../../db/columns';
import type { Resource } from '../../db/schema';
import { choiceLabel, fiscalYearText, listSeparator, no, yes } from './labels';
import type { Titles } from './titles';

export type Cell = string | number | Date | null;
export type Target = 'xlsx' | 'text';

const timestamps = ['created_at', 'updated_at'];
const jst = 9 * 60 * 60 * 1000;

export const isTimestamp = (column: Column) => timestamps.includes(column.name);

const dateValue = (iso: string, target: Target): Cell => {
  if (target === 'xlsx') return new Date(`${iso}T00:00:00Z`);
  return iso.replaceAll('-', '/');
};

const timestampValue = (iso: string, target: Target): Cell => {
  const local = new Date(new Date(iso).getTime() + jst);
  if (Number.isNaN(local.getTime())) return iso;
  if (target === 'xlsx') return local;
  const [d, t] = local.toISOString().split('T');
  return `${d.replaceAll('-', '/')} ${t.slice(0, 5)}`;
};

const needsGuard = /^[=+\-@\t\r']/;

export const escapeCsv = (cell: Cell): Cell => (typeof cell === 'string' && needsGuard.test(cell) ? `'${cell}` : cell);

export const unescapeCsv = <T>(cell: T): T =>
  (typeof cell === 'string' && cell.startsWith("'") && needsGuard.test(cell.slice(1)) ? cell.slice(1) as T : cell);

type Format = (value: unknown) => Cell;

const formatOf = (resource: Resource, column: Column, titles: Titles, target: Target): Format => {
  const name = column.name;
  if (name in resource.references) return (v) => titles.title(name, v) as Cell;
  if (column.fiscalYear) return (v) => fiscalYearText(v as number);
  if (isTimestamp(column)) return (v) => timestampValue(v as string, target);
  switch (column.kind) {
    case 'enum': return (v) => choiceLabel(resource, name, v);
    case 'set': {
      const rank = (c: unknown) => (column.choices ?? []).indexOf(c as never);
      return (v) => [...(v as unknown[])].sort((a, b) => rank(a) - rank(b)).map((c) => choiceLabel(resource, name, c)).join(listSeparator);
    }
    case 'boolean': return (v) => (v ? yes : no);
    case 'date': return (v) => dateValue(v as string, target);
    case 'json': return (v) => JSON.stringify(v);
    case 'integer': case 'number': return (v) => v as number;
    default: return (v) => String(v);
  }
};

export const formatterOf = (resource: Resource, column: Column, titles: Titles, target: Target): Format => {
  const format = formatOf(resource, column, titles, target);
  return (value) => (value == null ? null : format(value));
};

export const cellOf = (resource: Resource, column: Column, value: unknown, titles: Titles, target: Target) =>
  formatterOf(resource, column, titles, target)(value);

const displayWidth = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);

const kindWidth = (resource: Resource, column: Column) => {
  if (column.name in resource.references) return 28;
  if (isTimestamp(column)) return 17;
  if (column.fiscalYear) return 12;
  switch (column.kind) {
    case 'enum': return Math.max(...(column.choices ?? []).map((c) => displayWidth(choiceLabel(resource, column.name, c)))) + 4;
    case 'set': return 28;
    case 'date': return 12;
    case 'boolean': return 8;
    case 'integer': case 'number': return 10;
    case 'json': return 40;
    default: return Math.min(column.max ?? 60, 60);
  }
};

export const widthOf = (resource: Resource, column: Column, header: string) =>
  Math.min(Math.max(displayWidth(header) + 2, kindWidth(resource, column), 6), 60);

export const numFmtOf = (column: Column) =>
  isTimestamp(column) ? 'yyyy/mm/dd hh:mm' : column.kind === 'date' ? 'yyyy/mm/dd' : undefined;
