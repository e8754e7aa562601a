import { createElement, lazy, type ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';

type Module<P> = { default: ComponentType<P> };

/**
 * A page whose code loads on first use, or ahead of it through `preload`. Preloaded before its first render, it
 * renders at once: a lazy component would still suspend on its first render, and React holds back what follows a
 * fallback. What it renders through is chosen once, so a page on screen is never remounted.
 */
export const page = <P extends object>(load: () => Promise<Module<P>>) => {
  let loaded: Module<P> | undefined;
  let loading: Promise<Module<P>> | undefined;
  const preload = () => (loading ??= load().then((module) => (loaded = module), (error) => {
    loading = undefined;
    throw error;
  }));
  const Lazy = lazy(preload);
  let chosen: ComponentType<P> | undefined;
  const Page = (props: P) => createElement((chosen ??= loaded?.default ?? Lazy), props);
  return Object.assign(Page, { preload });
};

type Preloadable = { preload?: () => Promise<unknown> } | undefined;

const viewOf = (rest: string[]) =>
  rest.length === 0 ? 'list'
    : rest.length === 1 ? (rest[0] === 'create' ? 'create' : 'edit')
      : rest.length === 2 && rest[1] === 'show' ? 'show' : undefined;

/**
 * Starts fetching the code of the page an address opens (`#/name`, `#/name/create`, `#/name/1`, `#/name/1/show`,
 * `#/` the dashboard) so that it loads while the app checks the sign-in, not after.
 */
export const preloadRoute = (resources: ResourceProps[], dashboard: Preloadable, hash: string) => {
  const [name, ...rest] = hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean);
  const view = viewOf(rest);
  const target = name === undefined ? dashboard : view && (resources.find((r) => r.name === name)?.[view] as Preloadable);
  void target?.preload?.().catch(() => undefined);
};
