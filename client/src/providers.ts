import { QueryClient } from '@tanstack/react-query';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { fetchUtils } from 'react-admin';
import { createDataProvider } from './dataProvider';
import { jaMessages } from './i18n/ja';

export const apiUrl = '/api';

const withApiHeaders = (headers?: HeadersInit) => {
  const all = new Headers(headers);
  all.set('X-Requested-With', 'XMLHttpRequest');
  // ra-data-simple-rest adds a Range header to lists, and browsers ask for a ranged response uncompressed; the server reads range= instead.
  all.delete('Range');
  return all;
};

export const httpClient = (url: string, options: fetchUtils.Options = {}) =>
  fetchUtils.fetchJson(url, { ...options, headers: withApiHeaders(options.headers as HeadersInit) });

export const apiFetch = (path: string, init: RequestInit = {}) =>
  fetch(`${apiUrl}${path}`, { ...init, credentials: 'same-origin', headers: withApiHeaders(init.headers) });

export const dataProvider = createDataProvider(apiUrl, httpClient);

export const i18nProvider = polyglotI18nProvider(() => jaMessages, 'ja', [{ locale: 'ja', name: '日本語' }], {
  allowMissing: true,
});

/**
 * react-admin asks checkAuth again whenever a page mounts, and the answer toggling through "fetching" redraws the
 * whole layout and router twice during the first screen. Ours reads the identity already in memory, so asking again
 * tells nothing new: a failed request (401) signs the person out through checkError instead.
 */
export const queryClient = new QueryClient();
queryClient.setQueryDefaults(['auth', 'checkAuth'], { staleTime: Infinity });
