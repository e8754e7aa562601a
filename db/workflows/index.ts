import type { Workflow } from '../workflow';
import { requestTaskWorkflow } from './requestTasks';

export const workflows: Record<string, Workflow> = {
  [requestTaskWorkflow.resource]: requestTaskWorkflow,
};

export const workflowOf = (resource: string): Workflow | undefined => workflows[resource];
