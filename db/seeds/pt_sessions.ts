import type { Knex } from 'knex';
import { ptSessions } from '../schema';
import { insertAll } from './insert';

export interface PtSession {
  id: number;
  heldOn: string;
}

const dates = ['2026-06-16', '2026-07-21', '2026-09-08', '2026-10-20', '2026-12-15', '2027-02-16'];

export async function seedPtSessions(trx: Knex.Transaction): Promise<PtSession[]> {
  const ids = await insertAll(trx, ptSessions, dates.map((held_on, i) => ({
    fiscal_year: 2026,
    session_no: i + 1,
    name: `令和8年度 第${i + 1}回 関係局PT会議`,
    held_on,
    note: 'サンプルデータ',
  })));
  return ids.map((id, i) => ({ id, heldOn: dates[i] }));
}

export const sessionFor = (sessions: PtSession[], task: { status: string; decided_on?: string | null }, today: string) =>
  task.status === 'pt_review' ? sessions.find((s) => s.heldOn >= today)?.id ?? null
    : task.decided_on ? sessions.filter((s) => s.heldOn <= task.decided_on!).at(-1)?.id ?? null : null;
