import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
const minBytes = 1024;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export const precompress = async (dir: string, files: string[]) => {
  await Promise.all(files.filter((file) => compressible.test(file)).map(async (file) => {
    const path = join(dir, file);
    const body = await readFile(path);
    if (body.length < minBytes) return;
    const [br, gzipped] = await Promise.all([
      brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gz(body, { level: 9 }),
    ]);
    await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
  }));
};

export const precompressPlugin = (): Plugin => ({
  name: 'precompress',
  apply: 'build',
  writeBundle: ({ dir }, bundle) => precompress(dir!, Object.keys(bundle)),
});
