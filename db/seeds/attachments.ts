import type { Knex } from 'knex';
import sharp from 'sharp';
import { filesDirOf, writeFile } from '../files';
import { attachments } from '../schema';
import { insertAll } from './insert';
import type { PracticeCase } from './practice';

const colours = ['#2e6f9e', '#c0613a', '#4f8a3c', '#8a5a9e', '#b08a1e', '#3c8a86'];

/** A plain sample picture (coloured bands), no camera metadata: stands in for a photo of the activity. */
const samplePhoto = (i: number) => {
  const [a, b] = [colours[i % colours.length], colours[(i + 2) % colours.length]];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="${a}"/>`
    + `<rect y="380" width="800" height="220" fill="${b}"/><circle cx="${200 + (i % 5) * 100}" cy="200" r="90" fill="#f4efe6"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
};

/** One sample photo, with alt text and consent, on each published case: the casebook has a main photo to show. */
export async function seedAttachments(trx: Knex.Transaction, cases: PracticeCase[], userId: number) {
  const dir = filesDirOf(trx);
  const shown = cases.filter((c) => ['published', 'scaling', 'funded'].includes(c.status));
  const rows = [];
  for (const [i, c] of shown.entries()) {
    const bytes = await samplePhoto(i);
    const { sha256 } = await writeFile(dir, bytes);
    rows.push({
      resource: 'practice_cases', record_id: c.id, file_name: `活動の様子_${String(i + 1).padStart(2, '0')}.jpg`, mime: 'image/jpeg',
      kind: 'photo' as const, size: bytes.length, sha256, caption: `${c.template.title}の活動の様子（サンプル画像）`,
      alt_text: `${c.template.title}の活動を表すサンプルの図柄`, consent: true, created_by: userId,
    });
  }
  await insertAll(trx, attachments, rows);
}
