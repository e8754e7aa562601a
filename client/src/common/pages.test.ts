import { describe, expect, it } from 'vitest';
import { page, preloadRoute } from './pages';

const loaded: string[] = [];
const pageNamed = (name: string) => page(async () => {
  loaded.push(name);
  return { default: () => null };
});
const resources = [{ name: 'tasks', list: pageNamed('list'), create: pageNamed('create'), edit: pageNamed('edit'), show: pageNamed('show') }];
const dashboard = pageNamed('dashboard');

describe('preloadRoute', () => {
  it.each([
    ['#/', 'dashboard'], ['', 'dashboard'], ['#/tasks', 'list'], ['#/tasks?filter=%7B%7D', 'list'], ['#/tasks/create', 'create'],
    ['#/tasks/12', 'edit'], ['#/tasks/12/show', 'show'],
  ])('loads the code of the page %j opens: %s', (hash, expected) => {
    loaded.length = 0;
    preloadRoute(resources, dashboard, hash);
    expect(loaded).toEqual([expected]);
  });

  it.each(['#/login', '#/meeting/3', '#/tasks/12/show/extra'])('loads nothing for %j, which no resource page answers', (hash) => {
    loaded.length = 0;
    preloadRoute(resources, dashboard, hash);
    expect(loaded).toEqual([]);
  });
});
