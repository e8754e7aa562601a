import { createRequire } from 'node:module';

// exceljs 4.4's streaming reader decodes every inflated chunk on its own, so a multi-byte character that straddles
// two chunks turns into U+FFFD (八幡西区 → 八幡西��). Its parser reads one zip entry at a time, so one streaming decoder
// is safe. This must run before exceljs loads its SAX helper, which copies the function when it is first required.
const require = createRequire(import.meta.url);
if (require.cache[require.resolve('exceljs/lib/utils/parse-sax.js')]) {
  throw new Error('exceljs was loaded before server/spreadsheet/exceljsUtf8.ts; import it first');
}
const decoding = require('exceljs/lib/utils/browser-buffer-decode.js') as { bufferToString: (chunk: unknown) => string };
const decoder = new TextDecoder('utf-8');
decoding.bufferToString = (chunk) => (typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }));
