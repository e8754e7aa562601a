import type { HttpError } from 'react-admin';
import { apiUrl, httpClient } from '../providers';

type Body = Record<string, unknown>;

const post = async (resource: string, path: string, body: Body) =>
  (await httpClient(`${apiUrl}/${resource}${path}`, { method: 'POST', body: JSON.stringify(body) })).json;

export const moveRecord = (resource: string, id: number | string, body: Body) => post(resource, `/${id}/transitions`, body);

export const moveRecords = (resource: string, ids: (number | string)[], body: Body) => post(resource, '/transitions', { ...body, ids });

export type Failure = { id: number; label: string | null; reason: string };

export const problemOf = (error: unknown) => {
  const { status, message, body } = error as HttpError & { body?: { errors?: Record<string, string>; failures?: Failure[] } };
  return { status, message, errors: body?.errors, failures: body?.failures ?? [] };
};
