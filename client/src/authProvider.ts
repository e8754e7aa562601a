import type { AuthProvider } from 'react-admin';
import { can, type Action, type Actor } from '../../db/policy';
import { apiFetch } from './providers';

const actions: Record<string, Action> = { list: 'read', show: 'read', export: 'read', read: 'read', edit: 'update', create: 'create', delete: 'delete' };

let identity: Promise<Actor | null> | undefined;

/** A plain same-origin GET, so that it takes the answer `index.html` preloads while the app's code downloads. */
const me = () => (identity ??= fetch('/api/auth/me', { credentials: 'same-origin' }).then((res) => (res.ok ? res.json() : null)));

/** Takes the answer to who is signed in while the app's code still starts up, instead of when the first page checks. */
export const preloadIdentity = () => void me();

const failure = async (res: Response) => new Error((await res.json().catch(() => null))?.message ?? 'ra.auth.sign_in_error');

export const authProvider: AuthProvider = {
  async login({ username, password }) {
    const res = await apiFetch('/auth/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw await failure(res);
    await res.body?.cancel();
    identity = undefined;
  },
  async logout() {
    identity = undefined;
    await apiFetch('/auth/logout', { method: 'POST' });
  },
  async checkAuth() {
    if (!(await me())) {
      identity = undefined;
      throw new Error('app.auth.required');
    }
  },
  async checkError(error) {
    if (error?.status === 401) {
      identity = undefined;
      throw new Error('app.auth.expired');
    }
  },
  async getIdentity() {
    const actor = await me();
    if (!actor) throw new Error('app.auth.required');
    return { id: actor.id, fullName: actor.display_name, actor };
  },
  async canAccess({ resource, action, record }) {
    const actor = await me();
    return !!actor && !!actions[action] && can(actor, resource, actions[action], record);
  },
};
