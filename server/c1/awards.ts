import express from 'express';
import type { Knex } from 'knex';
import { choiceLabel } from '../../db/labels';
import { strictInteger } from '../bounds';
import { bodyOf } from '../crud';
import { badRequest } from '../errors';
import type { Row } from '../store';
import type { Result } from '../../db/c1Results';
import { label } from './results';
import { decidedRound, updateEntries } from './selection';

type Award = { entry_id: number; award: string; prize_amount: number | null };
const kinds = ['grand_prix', 'runner_up', 'special_jury', 'audience'];
const single = ['grand_prix', 'runner_up', 'audience'];
const awardName = (award: string) => `「${choiceLabel('c1_entries', 'award', award)}」`;

const parseAwards = (raw: unknown): Award[] => {
  if (!Array.isArray(raw)) throw badRequest('賞 (awards) を配列で指定してください');
  return raw.map((a: Row) => {
    const entryId = strictInteger(a?.entry_id);
    const prize = a?.prize_amount == null ? null : strictInteger(a.prize_amount);
    if (!entryId || !kinds.includes(a.award as string) || prize === undefined || (prize !== null && prize < 0)) {
      throw badRequest('賞は応募・賞の種類・賞金額(円, 0以上の整数)で指定してください', { awards: '指定が正しくありません' });
    }
    return { entry_id: entryId, award: a.award as string, prize_amount: prize };
  });
};

const parseVotes = (raw: unknown) => {
  if (raw == null) return new Map<number, number>();
  const pairs = typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(raw as Row).map(([k, v]) => [strictInteger(k), strictInteger(v)]) : [[]];
  if (!pairs.every(([id, n]) => id !== undefined && n !== undefined && n >= 0)) throw badRequest('来場者投票数は応募IDごとに0以上の整数で指定してください', { audience_votes: '0以上の整数で入力してください' });
  return new Map(pairs as [number, number][]);
};

/** Awards follow the final ranking: グランプリ the first place, 準グランプリ the best of the rest, オーディエンス賞 the most votes. */
const awardErrors = (results: Result[], awards: Award[], votes: Map<number, number>) => {
  const of = (id: number) => results.find((r) => r.entry_id === id);
  const stranger = awards.find((a) => !of(a.entry_id));
  if (stranger) return `本選の応募ではないため賞を設定できません（応募ID ${stranger.entry_id}）`;
  const twice = awards.find((a, i) => awards.findIndex((b) => b.entry_id === a.entry_id) !== i);
  if (twice) return `${label(of(twice.entry_id)!)}に賞が2つ指定されています。1つの応募に1つの賞です`;
  const repeated = single.find((k) => awards.filter((a) => a.award === k).length > 1);
  if (repeated) return `${awardName(repeated)}は1件だけ指定できます`;
  const grand = awards.find((a) => a.award === 'grand_prix');
  if (grand && of(grand.entry_id)!.rank !== 1) return `${awardName('grand_prix')}は本選の1位の応募に贈ります`;
  const runner = awards.find((a) => a.award === 'runner_up');
  const best = Math.min(...results.filter((r) => r.entry_id !== grand?.entry_id).map((r) => r.rank!));
  if (runner && of(runner.entry_id)!.rank !== best) return `${awardName('runner_up')}は${awardName('grand_prix')}の次の順位（${best}位）の応募に贈ります`;
  const audience = awards.find((a) => a.award === 'audience');
  const most = Math.max(0, ...results.map((r) => votes.get(r.entry_id) ?? 0));
  if (audience && votes.size && (votes.get(audience.entry_id) ?? 0) !== most) return `${awardName('audience')}は来場者投票数が最も多い応募（${most}票）に贈ります`;
  return null;
};

export const awardRoutes = (db: Knex) => {
  const router = express.Router();

  router.post('/:id/awards', async (req, res) => {
    const body = bodyOf(req);
    const awards = parseAwards(body.awards);
    const votes = parseVotes(body.audience_votes);
    res.json(await db.transaction(async (trx) => {
      const { results } = await decidedRound(trx, req, 'final');
      const error = awardErrors(results, awards, votes);
      if (error) throw badRequest(error, { awards: error });
      await updateEntries(trx, req, results, (r) => {
        const given = awards.find((a) => a.entry_id === r.entry_id);
        const votesOf = votes.has(r.entry_id) ? { audience_votes: votes.get(r.entry_id) } : {};
        return { ...votesOf, status: given ? 'awarded' : 'not_awarded', award: given?.award ?? null, prize_amount: given?.prize_amount ?? null };
      });
      return { awarded_ids: awards.map((a) => a.entry_id) };
    }));
  });

  return router;
};
