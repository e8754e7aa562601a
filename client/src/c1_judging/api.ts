import { apiFetch } from '../providers';

/** POST/PUT JSON to the API; answers the body, or throws the server's Japanese message (with its details). */
export const send = async (method: 'POST' | 'PUT', path: string, body: unknown) => {
  const res = await apiFetch(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await res.json();
  if (!res.ok) throw Object.assign(new Error(answer.message), { status: res.status, body: answer });
  return answer;
};

export type Problem = Error & { status?: number; body?: Record<string, unknown> };
