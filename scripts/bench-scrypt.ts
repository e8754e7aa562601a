import { hashPassword, scryptParams, verifyPassword } from '../server/passwords';

const rounds = Number(process.argv[2] ?? 5);
const candidates = [
  { label: 'N=2^14 (OWASP の最低ライン・比較用)', N: 2 ** 14 },
  { label: `N=2^${Math.log2(scryptParams.N)} (採用)`, N: scryptParams.N },
  { label: 'N=2^16', N: 2 ** 16 },
];

const time = async (fn: () => Promise<unknown>) => {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
};

console.log(`scrypt r=${scryptParams.r} p=${scryptParams.p} 鍵長32バイト、中央値 (${rounds}回)`);
console.log(['設定', 'ハッシュ化 ms', '照合 ms', 'メモリ MiB'].join('\t'));
for (const { label, N } of candidates) {
  const params = { ...scryptParams, N, maxmem: 256 * 1024 * 1024 };
  const hash = await hashPassword('benchmark-password', params);
  const hashMs = await time(() => hashPassword('benchmark-password', params));
  const verifyMs = await time(() => verifyPassword('benchmark-password', hash));
  console.log([label, hashMs.toFixed(0), verifyMs.toFixed(0), ((128 * N * scryptParams.r) / 2 ** 20).toFixed(0)].join('\t'));
}
