import type { Role } from '../../../../db/policy';
import { acceptedFields, movesFor, states, type Move, type Status } from '../../../../db/workflow';

type Task = { status: string; held_from?: string | null };

export interface Target {
  to: Status;
  name: string;
  fields: string[];
  required: string[];
  noteRequired: boolean;
}

export const targetsFor = (tasks: Task[], role: Role): Target[] => {
  const byTarget = new Map<Status, Move[]>();
  for (const move of tasks.flatMap((t) => movesFor(t, role))) byTarget.set(move.to, [...(byTarget.get(move.to) ?? []), move]);
  return [...byTarget].map(([to, moves]) => ({
    to,
    name: moves[0].name,
    fields: [...new Set(moves.flatMap(acceptedFields))],
    required: (states[to].requires ?? []).filter((f) => moves.some((m) => m.fields?.includes(f))),
    noteRequired: moves.some((m) => m.noteRequired),
  }));
};
