import type { Knex } from 'knex';
import type { z } from 'zod';
import { toRow } from '../records';
import type { Resource } from '../schema';
import { validate } from '../validation';

export const seededAt = '2026-04-01T09:00:00.000+09:00';
const chunkSize = 100;

type Fields = z.ZodObject<z.ZodRawShape>;

export async function insertAll<F extends Fields>(
  trx: Knex.Transaction, resource: Resource<F>, records: z.input<F>[], createdAt: (index: number) => string = () => seededAt,
) {
  const rows = records.map((record, i) => {
    const result = validate(resource, record);
    if (!result.ok) throw new Error(`${resource.name}: ${JSON.stringify({ record, errors: result.errors })}`);
    return { ...toRow(resource, result.record), created_at: createdAt(i), updated_at: createdAt(i) };
  });
  const last = await trx(resource.name).max({ id: 'id' }).first();
  for (let i = 0; i < rows.length; i += chunkSize) await trx(resource.name).insert(rows.slice(i, i + chunkSize));
  const ids: number[] = await trx(resource.name).where('id', '>', Number(last?.id ?? 0)).orderBy('id').pluck('id');
  if (ids.length !== rows.length) throw new Error(`${resource.name}: inserted ${rows.length} rows but found ${ids.length}`);
  return ids;
}
