import { createRoot } from 'react-dom/client';
import { Admin, fetchUtils, ListGuesser, Resource } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';

const httpClient = (url: string, options: fetchUtils.Options = {}) =>
  fetchUtils.fetchJson(url, { ...options, headers: new Headers({ 'X-Requested-With': 'XMLHttpRequest' }) });

const TaskList = () => <ListGuesser perPage={50} sort={{ field: 'task_code', order: 'ASC' }} filterDefaultValues={{ fiscal_year: 2026 }} />;

createRoot(document.getElementById('root')!).render(
  <Admin dataProvider={simpleRestProvider('/api', httpClient)} disableTelemetry>
    <Resource name="request_tasks" list={TaskList} />
  </Admin>,
);
