import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { runRequestJob } from '../jobs/request';
import { attachment } from '../spreadsheet/export';
import { parseScheduleFilter } from './schedule';
import type { ScheduleJob } from './scheduleJob';

const worker = new URL('./scheduleWorker.ts', import.meta.url);

/** GET /api/toilet_programme/schedule.xlsx: the filtered schedule as a workbook, written in a child process. */
export const scheduleExport = (db: Knex): RequestHandler => async (req, res) => {
  const filter = parseScheduleFilter(req.query as Record<string, unknown>);
  const path = join(tmpdir(), `console-schedule-${randomUUID()}`);
  try {
    await runRequestJob<unknown, ScheduleJob>(req, db, worker, { filter, path });
    res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    attachment(res, `toilet_schedule_${filter.fiscal_year}`, `洋式化工事工程表_令和${filter.fiscal_year - 2018}年度`, 'xlsx');
    await pipeline(createReadStream(path), res).catch(() => res.destroy());
  } finally {
    rmSync(path, { force: true });
  }
};
