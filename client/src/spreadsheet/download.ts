import { apiUrl } from '../providers';

export class RequestFailure extends Error {
  constructor(message: string, readonly status: number, readonly body?: unknown) {
    super(message);
  }
}

const filenameOf = (disposition: string | null, fallback: string) => {
  const encoded = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  return encoded ? decodeURIComponent(encoded[1]) : fallback;
};

export const download = async (path: string, fallback: string) => {
  const res = await fetch(`${apiUrl}${path}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new RequestFailure(body?.message ?? 'app.spreadsheet.failed', res.status);
  }
  const url = URL.createObjectURL(await res.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filenameOf(res.headers.get('content-disposition'), fallback) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const query = (params: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
