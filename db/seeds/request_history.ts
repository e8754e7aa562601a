import type { Knex } from 'knex';
import { requestTaskTransitions } from '../schema';
import { moveNotes } from './data/review_texts';
import { insertAll } from './insert';
import type { Masters } from './masters';
import { addDays, createRng, type Rng } from './random';
import { today } from './request_review';

interface Task {
  id: number;
  status?: string;
  held_from?: string | null;
  hold_reason?: string | null;
  decided_on?: string | null;
  owner_user_id?: number | null;
  requesting_department_id: number;
}

const mainLine = ['not_started', 'surveying', 'surveyed', 'drafting', 'pt_review', 'decided', 'implementing', 'implemented', 'verified'];
const start = '2026-04-13';
const yesterday = addDays(today, -1);

const pathOf = (task: Task) => {
  const last = task.status === 'on_hold' ? task.held_from! : task.status!;
  const line = mainLine.slice(0, mainLine.indexOf(last) + 1);
  return task.status === 'on_hold' ? [...line, 'on_hold'] : line;
};

const sortedDates = (rng: Rng, n: number, from: string, to: string) =>
  Array.from({ length: n }, () => rng.date(from, to)).sort();

const datesFor = (rng: Rng, path: string[], decidedOn?: string | null) => {
  const moves = path.length - 1;
  const decided = path.indexOf('decided');
  if (decided < 0 || !decidedOn) return sortedDates(rng, moves, start, yesterday);
  return [...sortedDates(rng, decided - 1, start, addDays(decidedOn, -1)), decidedOn,
    ...sortedDates(rng, moves - decided, addDays(decidedOn, 1), yesterday)];
};

export async function seedRequestHistory(trx: Knex.Transaction, masters: Masters, tasks: Task[]) {
  const rng = createRng(0x5eed0006);
  const people = await trx('users').select('id', 'display_name', 'role', 'department_id');
  const secretariat = masters.userIds.get('secretariat')!;
  const person = (task: Task, to: string) =>
    (to === 'surveyed' && people.find((p) => p.role === 'dept_contact' && p.department_id === task.requesting_department_id))
    || people.find((p) => p.id === (task.owner_user_id ?? secretariat))!;
  const rows = tasks.flatMap((task) => {
    const path = pathOf(task);
    const dates = datesFor(rng, path, task.decided_on);
    return path.slice(1).map((to, i) => {
      const who = person(task, to);
      return {
        request_task_id: task.id,
        requesting_department_id: task.requesting_department_id,
        from_status: path[i] as never,
        to_status: to as never,
        note: to === 'on_hold' ? task.hold_reason : moveNotes[to],
        user_id: who.id,
        actor: who.display_name,
        at: new Date(`${dates[i]}T${String(9 + i).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+09:00`).toISOString(),
      };
    });
  }).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await insertAll(trx, requestTaskTransitions, rows.map(({ at: _, ...row }) => row), (i) => rows[i].at);
}
