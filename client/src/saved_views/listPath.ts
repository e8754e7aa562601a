import type { RaRecord } from 'react-admin';

export const listPath = (view: RaRecord) => {
  const sort = view.sort ? `&sort=${view.sort.field}&order=${view.sort.order}` : '';
  return `/${view.resource}?filter=${encodeURIComponent(JSON.stringify(view.filter))}${sort}`;
};
