import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { page, preloadRoute } from './pages';

const setup = () => {
  const loaded: string[] = [];
  const pageNamed = (name: string) => page(async () => {
    loaded.push(name);
    return { default: () => createElement('p', null, name) };
  });
  const resources = [{ name: 'tasks', list: pageNamed('list'), create: pageNamed('create'), edit: pageNamed('edit'), show: pageNamed('show') }];
  return { loaded, resources, dashboard: pageNamed('dashboard') };
};

describe('preloadRoute', () => {
  it.each([
    ['#/', 'dashboard'], ['', 'dashboard'], ['#/tasks', 'list'], ['#/tasks?filter=%7B%7D', 'list'], ['#/tasks/create', 'create'],
    ['#/tasks/12', 'edit'], ['#/tasks/12/show', 'show'],
  ])('loads the code of the page %j opens: %s', (hash, expected) => {
    const { loaded, resources, dashboard } = setup();
    preloadRoute(resources, dashboard, hash);
    expect(loaded).toEqual([expected]);
  });

  it.each(['#/login', '#/meeting/3', '#/tasks/12/show/extra'])('loads nothing for %j, which no resource page answers', (hash) => {
    const { loaded, resources, dashboard } = setup();
    preloadRoute(resources, dashboard, hash);
    expect(loaded).toEqual([]);
  });
});

describe('page', () => {
  it('loads its code once however often it is preloaded', async () => {
    const { loaded, dashboard } = setup();
    await Promise.all([dashboard.preload(), dashboard.preload()]);
    await dashboard.preload();
    expect(loaded).toEqual(['dashboard']);
  });

  it('renders a preloaded page at once instead of suspending', async () => {
    const { dashboard } = setup();
    await dashboard.preload();
    expect(renderToStaticMarkup(createElement(dashboard))).toBe('<p>dashboard</p>');
  });

  it('tries again after a failed load', async () => {
    let calls = 0;
    const flaky = page(async () => {
      calls += 1;
      if (calls === 1) throw new Error('network');
      return { default: () => null };
    });
    await expect(flaky.preload()).rejects.toThrow('network');
    await flaky.preload();
    expect(calls).toBe(2);
  });
});
