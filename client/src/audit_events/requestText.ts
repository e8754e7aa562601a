type Translate = (key: string, options?: Record<string, unknown>) => string;

const operations = ['transitions', 'restore', 'export', 'import', 'survey_template', 'bulk_update', 'bulk_delete'];

const decode = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/** 'PUT /api/request_tasks/12' → 変更: 依頼業務 ID 12, decoded, with the resource's Japanese name. */
export const requestText = (request: string, translate: Translate) => {
  const [method = '', url = ''] = request.split(' ');
  const [path, query] = url.replace(/^\/api\//, '').split('?');
  const [resource, ...rest] = path.split('/');
  const id = rest.find((s) => /^\d+$/.test(s));
  const operation = rest.find((s) => operations.includes(s));
  const verb = translate(operation ? `app.audit.operations.${operation}` : `app.audit.methods.${method}`, { _: method });
  const name = translate(`resources.${resource}.name`, { smart_count: 1, _: resource });
  const target = id ? translate('app.audit.record', { name, id }) : rest.length ? name : translate('app.audit.list', { name });
  return `${verb}: ${target}${query ? `（${decode(query)}）` : ''}`;
};
