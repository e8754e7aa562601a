import type { Knex } from 'knex';
import type { Hooks } from '../workflow/move';
import { badRequest } from '../errors';

type Photo = { file_name: string; alt_text: string | null; consent: boolean | number };

const names = (photos: Photo[]) => photos.map((p) => `「${p.file_name}」`).join('、');

/** What the photos of a case lack before it may be published, in Japanese; none when it may. */
export const photoProblems = (photos: Photo[]) => {
  if (!photos.length) return ['公開するには、代替テキストを入力した写真を1枚以上添付してください'];
  const problems: string[] = [];
  const withoutAlt = photos.filter((p) => !p.alt_text?.trim());
  const withoutConsent = photos.filter((p) => !p.consent);
  if (withoutAlt.length) problems.push(`代替テキストが未入力の写真があります: ${names(withoutAlt)}`);
  if (withoutConsent.length) problems.push(`肖像権の同意が確認されていない写真があります: ${names(withoutConsent)}`);
  return problems;
};

const photosOf = (trx: Knex.Transaction, id: number): Promise<Photo[]> =>
  trx('attachments').where({ resource: 'practice_cases', record_id: id, kind: 'photo' }).orderBy('id').select('file_name', 'alt_text', 'consent');

/** 公開 needs at least one photo, every photo with alt text and the consent of the people shown (the key points are a state rule). */
export const publicationHooks: Hooks = {
  onMove: async (trx, _req, { after, move }) => {
    if (move.to !== 'published') return;
    const problems = photoProblems(await photosOf(trx, after.id as number));
    if (problems.length) throw badRequest(problems.join('。'));
  },
};
