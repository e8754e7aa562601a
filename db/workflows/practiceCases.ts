import type { Role } from '../policy';
import type { enums } from '../enums';
import { defineWorkflow, type Move } from '../workflow';

export type CaseStatus = (typeof enums.case_status)[number];

/** Only the secretariat (and admins) work cases through publication; 公開 is their approval. */
export const publishers: readonly Role[] = ['admin', 'secretariat'];
export const keyPoints = ['key_point_1', 'key_point_2', 'key_point_3'] as const;
export const sharedStates: readonly CaseStatus[] = ['published', 'scaling', 'funded'];

const keyPointsNeeded = '公開するには工夫・ポイントを3つとも入力してください';
const open: readonly CaseStatus[] = ['candidate', 'interviewing', 'review', 'published', 'scaling', 'funded'];

const moves: Move<CaseStatus>[] = [
  { name: 'interview', from: 'candidate', to: 'interviewing', roles: publishers },
  { name: 'submit_review', from: 'interviewing', to: 'review', roles: publishers, fields: keyPoints },
  { name: 'send_back', from: 'review', to: 'interviewing', roles: publishers, noteRequired: true },
  { name: 'publish', from: 'review', to: 'published', roles: publishers, fields: keyPoints },
  { name: 'scale', from: 'published', to: 'scaling', roles: publishers },
  { name: 'fund', from: 'scaling', to: 'funded', roles: publishers },
  ...open.map((from): Move<CaseStatus> => ({ name: 'archive', from, to: 'archived', roles: publishers, noteRequired: true })),
  { name: 'reconsider_case', from: 'archived', to: 'candidate', roles: publishers, noteRequired: true },
];

export const practiceCaseWorkflow = defineWorkflow<CaseStatus>({
  resource: 'practice_cases',
  states: {
    candidate: {},
    interviewing: {},
    review: {},
    published: { requires: keyPoints, message: keyPointsNeeded },
    scaling: { requires: keyPoints, message: keyPointsNeeded },
    funded: { requires: keyPoints, message: keyPointsNeeded },
    archived: {},
  },
  moves,
  history: { resource: 'practice_case_transitions', key: 'practice_case_id', carry: [] },
});
