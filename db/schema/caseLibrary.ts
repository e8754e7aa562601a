import { z } from 'zod';
import { code, date, errorIf, id, note, one, optId, optInt, optOne, resource, set, text, transitionsOf } from './fields';
import { enums } from '../enums';
import { practiceCaseWorkflow } from '../workflows/practiceCases';

export const practiceCases = resource({
  name: 'practice_cases',
  fields: z.object({
    case_no: code(/^P-\d{4}-\d{3}$/, 'P-2026-001'),
    title: text(120),
    citizen_center_id: optId(),
    ward_id: optId(),
    lead_org_type: one(enums.lead_org_type),
    themes: set(enums.theme),
    local_issue: note(),
    activities: note(),
    partners: note(400),
    started_year: optInt(1950, 2100),
    participants_per_year: optInt(),
    yearly_cost: optInt(),
    outcomes: note(),
    key_point_1: note(200),
    key_point_2: note(200),
    key_point_3: note(200),
    transferability: optOne(enums.level),
    found_via: optOne(enums.found_via),
    status: one(enums.case_status).default('candidate'),
  }),
  references: { citizen_center_id: 'citizen_centers', ward_id: 'wards' },
  unique: [['case_no']],
  search: ['case_no', 'title', 'local_issue', 'activities', 'partners', 'outcomes', 'key_point_1', 'key_point_2', 'key_point_3', 'themes',
    'citizen_center_id', 'ward_id'],
  title: ['case_no', 'title'],
  managed: ['status'],
  workflow: practiceCaseWorkflow,
  attachments: true,
  check: (r) => errorIf(!r.citizen_center_id && !r.ward_id, 'citizen_center_id', '市民センターか区のどちらかを指定してください'),
});

export const practiceAdoptions = resource({
  name: 'practice_adoptions',
  fields: z.object({
    practice_case_id: id(),
    citizen_center_id: id(),
    since: date(),
    status: one(enums.adoption_status).default('considering'),
    note: note(),
  }),
  references: { practice_case_id: 'practice_cases', citizen_center_id: 'citizen_centers' },
  unique: [['practice_case_id', 'citizen_center_id']],
});

export const practiceCaseTransitions = transitionsOf('practice_case_transitions', 'practice_cases', 'practice_case_id', enums.case_status);
