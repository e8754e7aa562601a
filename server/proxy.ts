export type TrustProxy = boolean | number | string;

export const trustProxyFrom = (raw = process.env.TRUST_PROXY): TrustProxy => {
  const value = raw?.trim();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
};
