import type { Role } from './policy';

type Fields = Record<string, unknown>;
type Stateful = Fields & { status: string };

export interface Move<S extends string = string> {
  name: string;
  from: S;
  to: S;
  roles: readonly Role[];
  fields?: readonly string[];
  noteRequired?: boolean;
  resume?: boolean;
  sets?: (record: Fields, today: string) => Fields;
}

export interface StateRule {
  requires?: readonly string[];
  message?: string;
}

export interface Workflow<S extends string = string> {
  resource: string;
  states: Record<S, StateRule>;
  moves: readonly Move<S>[];
  /** Fields any move may also set (e.g. the next due date). */
  commonFields?: readonly string[];
  /** The table that keeps one row per move, keyed by `key`; `carry` copies fields of the record into it. */
  history: { resource: string; key: string; carry?: readonly string[] };
}

export const defineWorkflow = <S extends string>(workflow: Workflow<S>) => workflow;

interface Hold<S extends string> {
  from: readonly S[];
  to: S;
  roles: readonly Role[];
  reason: string;
  heldFrom?: string;
}

/** Holding remembers where the record was; resuming may only go back there. */
export const holdMoves = <S extends string>({ from, to, roles, reason, heldFrom = 'held_from' }: Hold<S>): Move<S>[] => [
  ...from.map((f): Move<S> => ({ name: 'hold', from: f, to, roles, fields: [reason], sets: () => ({ [heldFrom]: f }) })),
  ...from.map((back): Move<S> => ({
    name: 'resume', from: to, to: back, roles, resume: true, sets: () => ({ [heldFrom]: null, [reason]: null }),
  })),
];

const reachable = (record: Stateful, move: Move) => move.from === record.status && (!move.resume || record.held_from === move.to);

export const movesFor = (workflow: Workflow, record: Stateful, role?: Role) =>
  workflow.moves.filter((m) => reachable(record, m) && (!role || m.roles.includes(role)));

export const findMove = (workflow: Workflow, record: Stateful, to: string) =>
  workflow.moves.find((m) => reachable(record, m) && m.to === to);

export const isResumeTarget = (workflow: Workflow, to: string) => workflow.moves.some((m) => m.resume && m.to === to);

export const acceptedFields = (workflow: Workflow, move: Move) => [...(workflow.commonFields ?? []), ...(move.fields ?? [])];

export const requiredFor = (workflow: Workflow, to: string) => workflow.states[to]?.requires ?? [];

const blank = (value: unknown) => value == null || value === '' || value === 'undecided' || (Array.isArray(value) && !value.length);

export const stateErrors = (workflow: Workflow, record: Fields) => {
  const { requires = [], message = '' } = workflow.states[record.status as string] ?? {};
  return Object.fromEntries(requires.filter((f) => blank(record[f])).map((f) => [f, message]));
};

export const statesOf = (workflow: Workflow) => Object.keys(workflow.states);
