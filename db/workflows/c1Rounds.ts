import type { Role } from '../policy';
import type { enums } from '../enums';
import { defineWorkflow, type Move } from '../workflow';

export type RoundStatus = (typeof enums.round_status)[number];

const staff: readonly Role[] = ['admin', 'secretariat'];

const moves: Move<RoundStatus>[] = [
  { name: 'open_scoring', from: 'preparing', to: 'scoring', roles: staff },
  { name: 'close_scoring', from: 'scoring', to: 'closed', roles: staff },
  { name: 'finalize', from: 'closed', to: 'finalized', roles: staff },
  { name: 'reopen_scoring', from: 'closed', to: 'scoring', roles: ['admin'], noteRequired: true },
];

export const c1RoundWorkflow = defineWorkflow<RoundStatus>({
  resource: 'c1_rounds',
  states: { preparing: {}, scoring: {}, closed: {}, finalized: {} },
  moves,
  history: { resource: 'c1_round_transitions', key: 'c1_round_id', carry: [] },
});
