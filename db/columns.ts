import type { z } from 'zod';
import { perResource } from './perResource';

const fiscalMonths = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

export type Kind = 'text' | 'date' | 'integer' | 'number' | 'boolean' | 'enum' | 'set' | 'json';

export interface Column {
  name: string;
  kind: Kind;
  nullable: boolean;
  required: boolean;
  choices?: readonly (string | number)[];
  max?: number;
  fiscalYear?: boolean;
  derived?: boolean;
}

type Def = { type: string; format?: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; checks?: { _zod: { def: { check: string; maximum?: number; value?: number } } }[] };
const defOf = (t: z.ZodType) => (t as unknown as { def: Def }).def;

const unwrap = (type: z.ZodType) => {
  let t = type;
  let nullable = false;
  let required = true;
  for (let d = defOf(t); d.innerType; d = defOf(t)) {
    if (d.type === 'nullable') nullable = true;
    if (d.type === 'default' || d.type === 'optional') required = false;
    t = d.innerType;
  }
  return { def: defOf(t), nullable, required, description: (t as { description?: string }).description };
};

const maxLength = (def: Def) =>
  def.checks?.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum;

const scalarKind = (def: Def): Kind => {
  if (def.type === 'string') return def.format === 'date' ? 'date' : 'text';
  if (def.type === 'number') return def.format?.includes('int') ? 'integer' : 'number';
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'enum') return 'enum';
  throw new Error(`unsupported field type ${def.type}`);
};

const describe = (name: string, type: z.ZodType): Column => {
  const { def, nullable, required, description } = unwrap(type);
  if (def.type === 'array') {
    const element = defOf(def.element!);
    if (element.type === 'enum') return { name, kind: 'set', nullable, required, choices: Object.values(element.entries!) };
    if (element.type === 'number') return { name, kind: 'set', nullable, required, choices: fiscalMonths };
    return { name, kind: 'json', nullable, required };
  }
  if (def.type === 'record' || def.type === 'object') return { name, kind: 'json', nullable, required };
  const kind = scalarKind(def);
  const fiscalYear = description === 'fiscal_year' ? { fiscalYear: true } : {};
  return { name, kind, nullable, required, choices: def.entries && Object.values(def.entries), max: maxLength(def), ...fiscalYear };
};

export const columnsOf = perResource((resource): Column[] => [
  ...Object.entries(resource.fields.shape).map(([name, type]) => describe(name, type as z.ZodType)),
  ...Object.entries(resource.derived ?? {}).map(([name, d]) => ({ ...describe(name, d.type), derived: true })),
]);

const system = (name: string, kind: Kind): Column => ({ name, kind, nullable: false, required: false });

export const systemColumnDefs: Column[] = [
  system('id', 'integer'), system('created_at', 'text'), system('updated_at', 'text'), system('version', 'integer'),
];

export const systemColumns = ['id', 'created_at', 'updated_at', 'version'] as const;
