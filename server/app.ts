import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import type { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  auditEvents, c1Editions, c1Entries, c1Judges, c1JudgeTies, c1Rounds, c1RoundTransitions, c1ScoreSheets, citizenCenters, departments,
  practiceAdoptions, practiceCases, practiceCaseTransitions, ptSessions, requestTasks,
  requestTaskTransitions, savedViews, toiletConversions, toiletInventories, toiletTargets, toiletWorkOrders,
  toiletWorkOrderTransitions, users, wards,
} from '../db/schema';
import { attachmentRoutes } from './attachments';
import { authRoutes, requireSession, requireXhr } from './auth';
import { publicationHooks } from './cases/publication';
import { c1ResultRoutes, c1RoundRoutes } from './c1/routes';
import { boundedBody } from './bounds';
import { crud, reader } from './crud';
import { apiNotFound, errorHandler } from './errors';
import { apiHeaders, contentSecurityPolicy } from './headers';
import { health } from './health';
import { trustProxyFrom, type TrustProxy } from './proxy';
import { waitForWrites } from './jobs/gate';
import { jobRoutes } from './jobs/progress';
import { restoreRoutes } from './restore';
import { savedViewRoutes } from './savedViews';
import { sessions } from './session';
import { spreadsheet } from './spreadsheet';
import { clientFiles } from './static';
import { statsRoutes } from './stats';
import { inventoryHooks } from './toilets/conversions';
import { toiletProgrammeRoutes } from './toilets/routes';
import { transitionRoutes } from './workflow/routes';
import { userRoutes } from './users';

interface Options {
  clientDir?: string;
  sessionSecret?: string;
  trustProxy?: TrustProxy;
}

export const createApp = (db: Knex, { clientDir = resolve('dist'), sessionSecret = randomBytes(32).toString('hex'), trustProxy = trustProxyFrom() }: Options = {}) => {
  const api = express.Router();
  api.use(compression());
  api.get('/health', apiHeaders, health(db));
  api.use(apiHeaders, express.json({ limit: '1mb' }), boundedBody, requireXhr, waitForWrites, sessions(db, sessionSecret));
  api.use('/auth', authRoutes(db));
  api.use(requireSession(db));
  api.use('/jobs', jobRoutes());
  api.use(spreadsheet(db));
  api.use(attachmentRoutes(db));

  api.use('/wards', crud(db, wards));
  api.use('/citizen_centers', crud(db, citizenCenters));
  api.use('/departments', crud(db, departments));
  api.use('/users', userRoutes(db), crud(db, users));
  api.use('/request_tasks', transitionRoutes(db, requestTasks), crud(db, requestTasks));
  api.use('/request_task_transitions', reader(db, requestTaskTransitions));
  api.use('/pt_sessions', crud(db, ptSessions));
  api.use('/saved_views', savedViewRoutes(), crud(db, savedViews));
  api.use('/toilet_inventories', crud(db, toiletInventories));
  api.use('/toilet_work_orders', transitionRoutes(db, toiletWorkOrders, inventoryHooks), crud(db, toiletWorkOrders));
  api.use('/toilet_work_order_transitions', reader(db, toiletWorkOrderTransitions));
  api.use('/toilet_conversions', reader(db, toiletConversions));
  api.use('/toilet_targets', crud(db, toiletTargets));
  api.use('/toilet_programme', toiletProgrammeRoutes(db));
  api.use('/practice_cases', transitionRoutes(db, practiceCases, publicationHooks), crud(db, practiceCases));
  api.use('/practice_case_transitions', reader(db, practiceCaseTransitions));
  api.use('/practice_adoptions', crud(db, practiceAdoptions));
  api.use('/c1_editions', crud(db, c1Editions));
  api.use('/c1_entries', crud(db, c1Entries));
  api.use('/c1_judges', crud(db, c1Judges));
  api.use('/c1_judge_ties', crud(db, c1JudgeTies));
  api.use('/c1_rounds', c1RoundRoutes(db), transitionRoutes(db, c1Rounds), crud(db, c1Rounds));
  api.use('/c1_round_transitions', reader(db, c1RoundTransitions));
  api.use('/c1_score_sheets', reader(db, c1ScoreSheets));
  api.use('/c1_results', c1ResultRoutes(db));
  api.use('/audit_events', reader(db, auditEvents));
  api.use('/stats', statsRoutes(db));
  api.use(restoreRoutes(db));
  api.use(apiNotFound);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(helmet({ contentSecurityPolicy }));
  app.use('/api', api);
  if (existsSync(clientDir)) app.use(clientFiles(clientDir));
  app.use(errorHandler(db));
  return app;
};
