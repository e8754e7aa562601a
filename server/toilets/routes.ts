import express, { type Request } from 'express';
import type { Knex } from 'knex';
import { access } from '../access';
import { strictInteger } from '../bounds';
import { todayInTokyo } from '../clock';
import { badRequest } from '../errors';
import { budget } from './budget';
import { candidates, createCandidateOrders } from './candidates';
import { ratios } from './ratios';
import { parseScheduleFilter, schedule } from './schedule';
import { scheduleExport } from './scheduleExport';

export const fiscalYearOf = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);

const yearFrom = (req: Request, fallback = fiscalYearOf(todayInTokyo())) => {
  const { fiscal_year: raw, ...rest } = req.query as Record<string, unknown>;
  if (Object.keys(rest).length) throw badRequest(`不明なパラメータです: ${Object.keys(rest).join(', ')}`);
  if (raw === undefined || raw === '') return fallback;
  const year = strictInteger(raw);
  if (year === undefined || year < 2000 || year > 2100) throw badRequest('年度 (fiscal_year) は西暦の年で指定してください', { fiscal_year: '年度を選んでください' });
  return year;
};

const canReadProgramme = (req: Request) => {
  access(req, 'toilet_work_orders').require('read');
  access(req, 'toilet_inventories').require('read');
};

/** /api/toilet_programme: 洋式化率 to the target, schedule, budget and next year's candidates. */
export const toiletProgrammeRoutes = (db: Knex) => {
  const router = express.Router();
  router.use((req, _res, next) => { canReadProgramme(req); next(); });

  router.get('/ratios', async (req, res) => {
    const year = yearFrom(req);
    const target = await db('toilet_targets').where({ fiscal_year: year }).first('id', 'target_percent');
    const figures = await ratios(db, year);
    const ratio = figures.city.ratio;
    const progress = target && ratio != null ? Math.min(100, Math.round((1000 * ratio) / Math.max(target.target_percent, 0.1)) / 10) : null;
    res.json({ fiscal_year: year, today: todayInTokyo(), target: target ?? null, progress, ...figures });
  });

  router.get('/schedule', async (req, res) => {
    res.json({ today: todayInTokyo(), rows: await schedule(db, parseScheduleFilter(req.query as Record<string, unknown>), todayInTokyo()) });
  });
  router.get('/schedule.xlsx', scheduleExport(db));

  router.get('/budget', async (req, res) => res.json({ rows: await budget(db, yearFrom(req)) }));

  router.get('/candidates', async (req, res) => {
    const year = yearFrom(req, fiscalYearOf(todayInTokyo()) + 1);
    res.json({ fiscal_year: year, rows: await candidates(db, year) });
  });
  router.post('/candidates', async (req, res) => {
    const { fiscal_year, center_ids, ...rest } = req.body ?? {};
    if (Object.keys(rest).length) throw badRequest(`不明な項目です: ${Object.keys(rest).join(', ')}`);
    if (!Number.isSafeInteger(fiscal_year) || fiscal_year < 2000 || fiscal_year > 2100) throw badRequest('年度 (fiscal_year) を指定してください', { fiscal_year: '年度を選んでください' });
    res.json({ created: await createCandidateOrders(db, req, fiscal_year, center_ids) });
  });
  return router;
};
