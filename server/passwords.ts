import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const scryptParams = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } satisfies ScryptOptions;
const keyLength = 32;

const derive = (password: string, salt: Buffer, params: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyLength, params, (err, key) => (err ? reject(err) : resolve(key))));

export const hashPassword = async (password: string, params: ScryptOptions = scryptParams) => {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
};

const dummyHash = hashPassword(randomBytes(16).toString('hex'));

export const verifyPassword = async (password: string, stored: string | null | undefined) => {
  const [scheme, N, r, p, salt, key] = (stored ?? (await dummyHash)).split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: +N, r: +r, p: +p, maxmem: 256 * +N * +r });
  return !!stored && actual.length === expected.length && timingSafeEqual(actual, expected);
};

export const passwordProblem = (password: unknown) =>
  typeof password !== 'string' || password.length < 10 || password.length > 200
    ? 'パスワードは10文字以上200文字以内で入力してください'
    : undefined;
