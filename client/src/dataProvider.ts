import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, fetchUtils } from 'ra-core';

type HttpClient = (url: string, options?: fetchUtils.Options) => ReturnType<typeof fetchUtils.fetchJson>;

export const createDataProvider = (apiUrl: string, httpClient: HttpClient): DataProvider => {
  const base = simpleRestProvider(apiUrl, httpClient);
  const post = (path: string, body: unknown) => httpClient(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) });
  return {
    ...base,
    update: (resource, params) =>
      base.update(resource, { ...params, data: { ...params.data, version: params.data.version ?? params.previousData?.version } }),
    delete: async (resource, params) => {
      const headers = new Headers({ 'If-Match': String(params.previousData?.version ?? '') });
      const { json } = await httpClient(`${apiUrl}/${resource}/${encodeURIComponent(params.id)}`, { method: 'DELETE', headers });
      return { data: json };
    },
    updateMany: async (resource, params) => ({ data: (await post(`/${resource}/bulk_update`, params)).json.ids }),
    deleteMany: async (resource, params) => ({ data: (await post(`/${resource}/bulk_delete`, params)).json.ids }),
  };
};
