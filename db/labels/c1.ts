import { system, themes } from './shared';

const roundKind = { screening: '書類審査', final: '本選' };
export const roundStatus = { preparing: '準備中', scoring: '採点中', closed: '締切', finalized: '確定' };

/** What the C-1 contest data is called: editions, entries and judging (composed into resourceLabels). */
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
  c1_editions: {
    name: 'C-1グランプリ開催回 |||| C-1グランプリ開催回',
    fields: {
      ...system,
      edition_no: '回',
      fiscal_year: '年度',
      name: '名称',
      entry_open: '応募受付開始日',
      entry_close: '応募締切日',
      screening_date: '書類審査日',
      final_date: '本選日',
      finalist_quota: '本選出場枠',
      prize_note: '賞金・副賞',
      criteria: '審査基準',
      tie_break: '同点の扱い',
      'criteria.name': '基準名',
      'criteria.weight': '配点',
    },
    criteria: {
      name: '基準名',
      weight: '配点',
    },
    choices: { tie_break: { none: '同順位のまま', criteria_order: '審査基準の順に高い方を上位' } },
  },
  c1_entries: {
    name: 'C-1応募 |||| C-1応募',
    fields: {
      ...system,
      edition_id: '開催回',
      entry_no: '応募番号',
      citizen_center_id: '市民センター',
      presenter_role: '発表者',
      title: '取組名',
      themes: 'テーマ',
      local_issue: '地域の課題',
      proposal: '提案内容',
      plan: '実施計画',
      budget_requested: '希望事業費(円)',
      expected_outcomes: '期待される成果',
      submitted_on: '応募日',
      status: '状態',
      award: '賞',
      prize_amount: '賞金額(円)',
      audience_votes: '来場者投票数',
      practice_case_id: '優良事例',
    },
    choices: {
      presenter_role: { director: '館長', staff: '職員', machikyo: 'まち協', multiple: '複数' },
      themes,
      status: {
        draft: '下書き',
        received: '受付',
        screening: '書類審査中',
        finalist: '本選出場',
        not_selected: '選外',
        presented: '発表済',
        awarded: '受賞',
        not_awarded: '受賞なし',
        implementing: '事業実施中',
        reported: '実績報告済',
      },
      award: {
        grand_prix: 'グランプリ',
        runner_up: '準グランプリ',
        special_jury: '審査員特別賞',
        audience: 'オーディエンス賞',
      },
    },
  },
};
