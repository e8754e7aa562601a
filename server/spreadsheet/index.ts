import express from 'express';
import type { Knex } from 'knex';
import { exportRows } from './export';
import { importRows } from './import';
import { surveyTemplate } from './template';

export const spreadsheet = (db: Knex) =>
  express.Router()
    .get('/request_tasks/survey_template', surveyTemplate(db))
    .get('/:resource/export', exportRows(db))
    .post('/:resource/import', importRows(db));
