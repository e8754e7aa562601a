import { useTranslate } from 'react-admin';
import type { Role } from '../../../db/policy';
import { acceptedFields, movesFor, requiredFor, type Move, type Workflow } from '../../../db/workflow';
import { resourceNamed } from '../../../db/schema';
import { workflowOf } from '../../../db/workflows';

type Stateful = { status: string; held_from?: string | null };

export interface Target {
  to: string;
  name: string;
  fields: string[];
  required: string[];
  noteRequired: boolean;
}

/** 業務, 工事, 事例: what one record of the resource is called in a sentence. */
export const useNoun = (resource: string) => {
  const translate = useTranslate();
  return translate(`resources.${resource}.noun`, { _: translate(`resources.${resource}.name`, { smart_count: 1 }) });
};

export const useWorkflow = (resource: string): Workflow => workflowOf(resource)!;

/** The record's code (業務コード, 工事番号…) as the failures and notices name it. */
export const labelOf = (resource: string, record: Record<string, unknown>) => String(record[resourceNamed(resource)?.title?.[0] ?? 'id'] ?? record.id);

export const canMove = (resource: string, role: Role) => !!workflowOf(resource)?.moves.some((m) => m.roles.includes(role));

export const targetsFor = (workflow: Workflow, records: Stateful[], role: Role): Target[] => {
  const byTarget = new Map<string, Move[]>();
  for (const move of records.flatMap((r) => movesFor(workflow, r as never, role))) byTarget.set(move.to, [...(byTarget.get(move.to) ?? []), move]);
  return [...byTarget].map(([to, moves]) => ({
    to,
    name: moves[0].name,
    fields: [...new Set(moves.flatMap((m) => acceptedFields(workflow, m)))],
    required: requiredFor(workflow, to).filter((f) => moves.some((m) => m.fields?.includes(f))),
    noteRequired: moves.some((m) => m.noteRequired),
  }));
};
