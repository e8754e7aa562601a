import { enums } from '../enums';
import { citizenCenters, departments, users, wards } from './organisation';
import { ptSessions, requestTasks, requestTaskTransitions } from './requestTasks';
import { toiletConversions, toiletInventories, toiletTargets, toiletWorkOrders, toiletWorkOrderTransitions } from './toilets';
import { practiceAdoptions, practiceCases, practiceCaseTransitions } from './caseLibrary';
import { c1Editions, c1Entries, c1Judges, c1JudgeTies, c1Rounds, c1RoundTransitions, c1ScoreSheets } from './c1';
import { attachments, auditEvents, savedViews } from './system';
import type { Resource } from './fields';

export { enums };
export type { Resource } from './fields';
export type { RequestTask } from './requestTasks';
export * from './organisation';
export * from './requestTasks';
export * from './toilets';
export * from './caseLibrary';
export * from './c1';
export * from './system';

export const resources = [
  wards, citizenCenters, departments, users, requestTasks, toiletInventories, toiletWorkOrders,
  practiceCases, practiceAdoptions, c1Editions, c1Entries, auditEvents, ptSessions, requestTaskTransitions, savedViews,
  toiletWorkOrderTransitions, toiletConversions, toiletTargets, attachments, practiceCaseTransitions,
  c1Judges, c1JudgeTies, c1Rounds, c1RoundTransitions, c1ScoreSheets,
] as const;

export type ResourceName = (typeof resources)[number]['name'];

export const resourceNamed = (name: string) => resources.find((r) => r.name === name) as Resource | undefined;

export function isResourceName(name: string): boolean {
  return resources.some((r) => r.name === name);
}
