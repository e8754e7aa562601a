import { system } from './shared';

const roundKind = { screening: '書類審査', final: '本選' };
export const roundStatus = { preparing: '準備中', scoring: '採点中', closed: '締切', finalized: '確定' };

/** What the C-1 judging data is called (composed into resourceLabels). */
export const c1Labels = {
  c1_judges: {
    name: 'C-1審査員 |||| C-1審査員',
    noun: '審査員',
    fields: { ...system, edition_id: '開催回', display_name: '表示名', kind: '区分', rounds: '担当する審査', user_id: 'ログインアカウント' },
    choices: { kind: { expert: '有識者', staff: '市職員', community: '地域代表' }, rounds: roundKind },
  },
  c1_judge_ties: {
    name: '審査員の利害関係 |||| 審査員の利害関係',
    noun: '利害関係',
    fields: { ...system, judge_id: '審査員', citizen_center_id: '市民センター', reason: '関係', note: '備考' },
    choices: { reason: { workplace: '勤務先', residence: '居住地区', affiliation: '所属団体', other: 'その他' } },
  },
  c1_rounds: {
    name: 'C-1審査 |||| C-1審査',
    noun: '審査',
    fields: {
      ...system, edition_id: '開催回', kind: '審査の種類', held_on: '審査日', criteria: '審査基準（開催回と異なる場合）',
      'criteria.name': '基準名', 'criteria.weight': '配点', status: '状態',
    },
    choices: { kind: roundKind, status: roundStatus },
  },
  c1_round_transitions: {
    name: '審査の状態履歴 |||| 審査の状態履歴',
    fields: {
      ...system, created_at: '変更日時', created_at_gte: '変更日時(この日以降)', c1_round_id: 'C-1審査',
      from_status: '変更前の状態', to_status: '変更後の状態', note: 'メモ', user_id: '職員', actor: '操作者',
    },
    choices: { from_status: roundStatus, to_status: roundStatus },
  },
  c1_score_sheets: {
    name: '採点票 |||| 採点票',
    noun: '採点票',
    fields: { ...system, round_id: 'C-1審査', judge_id: '審査員', entry_id: '応募', scores: '評点', comment: 'コメント' },
  },
};
