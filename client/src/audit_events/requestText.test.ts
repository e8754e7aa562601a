import { describe, expect, it } from 'vitest';
import { jaMessages } from '../i18n/ja';
import { requestText } from './requestText';

const translate = (key: string, options: Record<string, unknown> = {}) => {
  const found = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], jaMessages);
  const text = typeof found === 'string' ? found.split(' |||| ')[0] : String(options._ ?? key);
  return text.replace(/%\{(\w+)\}/g, (_, name) => String(options[name]));
};

describe('a refused request in the audit trail', () => {
  it.each([
    ['PUT /api/request_tasks/12', '変更: 依頼業務 ID 12'],
    ['POST /api/request_tasks/12/transitions', '状態の変更: 依頼業務 ID 12'],
    ['POST /api/request_tasks/transitions', '状態の変更: 依頼業務'],
    ['GET /api/users?filter=%7B%22login%22%3A%22admin%22%7D', '閲覧: 職員の一覧（filter={"login":"admin"}）'],
    ['DELETE /api/toilet_work_orders/3', '削除: 洋式化工事 ID 3'],
    ['GET /api/request_tasks/survey_template?department_id=4', '調査票のダウンロード: 依頼業務（department_id=4）'],
    ['GET /api/audit_events?filter=%ZZ', '閲覧: 操作履歴の一覧（filter=%ZZ）'],
  ])('reads %s as 「%s」', (request, text) => {
    expect(requestText(request, translate)).toBe(text);
  });
});
