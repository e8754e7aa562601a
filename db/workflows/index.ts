import type { Workflow } from '../workflow';
import { practiceCaseWorkflow } from './practiceCases';
import { c1RoundWorkflow } from './c1Rounds';
import { requestTaskWorkflow } from './requestTasks';
import { toiletWorkOrderWorkflow } from './toiletWorkOrders';

export const workflows: Record<string, Workflow> = {
  [requestTaskWorkflow.resource]: requestTaskWorkflow,
  [toiletWorkOrderWorkflow.resource]: toiletWorkOrderWorkflow,
  [practiceCaseWorkflow.resource]: practiceCaseWorkflow,
  [c1RoundWorkflow.resource]: c1RoundWorkflow,
};

export const workflowOf = (resource: string): Workflow | undefined => workflows[resource];
