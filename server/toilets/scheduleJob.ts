import { createWriteStream } from 'node:fs';
import { choiceLabel } from '../../db/labels';
import { access, type Caller } from '../access';
import { todayInTokyo } from '../clock';
import type { JobContext } from '../jobs/worker';
import { xlsxWriter } from '../spreadsheet/sheets';
import { schedule, type ScheduleFilter } from './schedule';

export interface ScheduleJob {
  database?: string;
  caller: Caller;
  filter: ScheduleFilter;
  path: string;
}

const columns = [
  ['工事番号', 12, 'order_no'], ['区', 10, 'ward'], ['市民センター', 24, 'center'], ['発注ロット', 12, 'lot_no'], ['状態', 12, 'status'],
  ['予定開始日', 12, 'planned_start'], ['予定終了日', 12, 'planned_end'], ['実績開始日', 12, 'actual_start'], ['実績終了日', 12, 'actual_end'],
  ['休館日数', 10, 'closure_days'], ['遅延', 8, 'delayed'],
] as const;

const cell = (row: Record<string, unknown>, field: string) =>
  field === 'status' ? choiceLabel('toilet_work_orders', 'status', row.status)
    : field === 'delayed' ? (row.delayed ? '遅延' : '') : (row[field] as string | number | null) ?? null;

export const writeSchedule = async ({ db, data }: JobContext<ScheduleJob>) => {
  access(data.caller, 'toilet_work_orders').require('read');
  const rows = await schedule(db, data.filter, todayInTokyo());
  const writer = xlsxWriter(createWriteStream(data.path), '工程表', columns.map(([header, width]) => ({ header, width })));
  await writer.write(rows.map((r) => columns.map(([, , field]) => cell(r, field))));
  await writer.end();
  return { rows: rows.length };
};
