import { citizenCenters, toiletInventories, toiletWorkOrders } from '../db/schema';
import type { Move } from '../db/workflow';
import { toiletWorkOrderWorkflow, type WorkStatus } from '../db/workflows/toiletWorkOrders';
import { store } from './store';
import type { TestServer } from './testServer';

export const sampleValues: Record<string, unknown> = {
  hearing_date: '2027-05-10', procurement_method: 'designated_tender', contract_amount: 2_400_000, contractor: '試験設備株式会社',
  planned_start: '2027-07-01', planned_end: '2027-07-31', actual_start: '2027-07-02', inspection_date: '2027-08-05',
  actual_end: '2027-07-30', western_after: 6, hold_reason: '試験のための保留', cancel_reason: '試験のための中止',
};

const fieldsOf = (status: WorkStatus, heldFrom?: WorkStatus): Record<string, unknown> => ({
  ...Object.fromEntries((toiletWorkOrderWorkflow.states[status].requires ?? []).filter((f) => f in sampleValues).map((f) => [f, sampleValues[f]])),
  ...(status === 'on_hold' ? { held_from: heldFrom ?? 'planned', ...fieldsOf(heldFrom ?? 'planned') } : {}),
});

export const moveBody = (move: Move) => ({
  to: move.to,
  note: `${move.name} の試験`,
  ...Object.fromEntries((move.fields ?? []).filter((f) => f in sampleValues).map((f) => [f, sampleValues[f]])),
});

let counter = 0;
export type Stalls = Partial<Record<'men' | 'women' | 'multipurpose' | 'staff', [western: number, squat: number]>>;

/** A centre of its own (so figures can be checked exactly) with the given stalls. */
export const makeCenter = async (server: TestServer, stalls: Stalls = { women: [2, 3], men: [1, 1] }, extra: Record<string, unknown> = {}) => {
  const n = ++counter;
  const ward = await server.db('wards').orderBy('id').first('id');
  return server.db.transaction(async (trx) => {
    const center = await store(citizenCenters).create(trx, { name: `試験市民センター${n}`, ward_id: ward.id, kind: 'center', ...extra }, { actor: null });
    for (const [location, [western_count, squat_count]] of Object.entries(stalls)) {
      await store(toiletInventories).create(trx, { citizen_center_id: center.id, location, western_count, squat_count }, { actor: null });
    }
    return center as Record<string, any>;
  });
};

export const makeOrder = async (server: TestServer, status: WorkStatus, options: { heldFrom?: WorkStatus; centerId?: number; conversions?: number; year?: number } = {}) => {
  const n = ++counter;
  const centerId = options.centerId ?? (await makeCenter(server)).id;
  const created = await server.db.transaction((trx) => store(toiletWorkOrders).create(trx, {
    order_no: `T${options.year ?? 2031}-${String(n).padStart(3, '0')}`, fiscal_year: options.year ?? 2031, citizen_center_id: centerId,
    planned_conversions: options.conversions ?? 3,
  }, { actor: null }));
  await server.db(toiletWorkOrders.name).where({ id: created.id }).update({ status, ...fieldsOf(status, options.heldFrom) });
  return (await server.db(toiletWorkOrders.name).where({ id: created.id }).first()) as Record<string, any>;
};
