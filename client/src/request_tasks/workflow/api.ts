import type { HttpError } from 'react-admin';
import { apiUrl, httpClient } from '../../providers';

type Body = Record<string, unknown>;

const post = async (path: string, body: Body) =>
  (await httpClient(`${apiUrl}/request_tasks${path}`, { method: 'POST', body: JSON.stringify(body) })).json;

export const moveTask = (id: number | string, body: Body) => post(`/${id}/transitions`, body);

export const moveTasks = (ids: (number | string)[], body: Body) => post('/transitions', { ...body, ids });

export type Failure = { id: number; task_code: string | null; reason: string };

export const problemOf = (error: unknown) => {
  const { status, message, body } = error as HttpError & { body?: { errors?: Record<string, string>; failures?: Failure[] } };
  return { status, message, errors: body?.errors, failures: body?.failures ?? [] };
};
