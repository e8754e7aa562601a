import type { Knex } from 'knex';
import * as initial from './001_initial';
import * as accounts from './002_accounts';
import * as deptOpinion from './003_dept_opinion';
import * as review from './004_review';
import * as sessionEpoch from './005_session_epoch';
import * as departmentOrder from './006_department_order';
import * as toiletProgramme from './007_toilet_programme';
import * as caseLibrary from './008_case_library';
import * as c1Judging from './009_c1_judging';
import * as searchIndex from './010_search_index';
import * as auditSorts from './011_audit_sorts';
import * as taskSorts from './012_task_sorts';

const migrations: Record<string, Knex.Migration> = {
  '001_initial': initial,
  '002_accounts': accounts,
  '003_dept_opinion': deptOpinion,
  '004_review': review,
  '005_session_epoch': sessionEpoch,
  '006_department_order': departmentOrder,
  '007_toilet_programme': toiletProgramme,
  '008_case_library': caseLibrary,
  '009_c1_judging': c1Judging,
  '010_search_index': searchIndex,
  '011_audit_sorts': auditSorts,
  '012_task_sorts': taskSorts,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => Object.keys(migrations),
  getMigrationName: (name) => name,
  getMigration: async (name) => migrations[name],
};
