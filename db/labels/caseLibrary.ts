import { system } from './shared';

export const caseStatus = {
  candidate: '候補',
  interviewing: '取材中',
  review: '掲載審査',
  published: '公開',
  scaling: '横展開支援中',
  funded: '事業化',
  archived: '非公開',
};

/** Labels of the attachments and the case history. */
export const caseLibraryLabels = {
  attachments: {
    name: '添付ファイル |||| 添付ファイル',
    noun: '添付ファイル',
    fields: {
      ...system,
      created_at: '登録日時',
      resource: '添付先のデータ',
      record_id: '添付先のID',
      file_name: 'ファイル名',
      mime: 'ファイルの種類',
      kind: '区分',
      size: 'サイズ(バイト)',
      sha256: 'ハッシュ値(SHA-256)',
      caption: '説明',
      alt_text: '代替テキスト',
      consent: '肖像権の同意',
      created_by: '登録者',
    },
    choices: { kind: { photo: '写真', document: '資料' } },
  },
  practice_case_transitions: {
    name: '優良事例の状態履歴 |||| 優良事例の状態履歴',
    fields: {
      ...system,
      created_at: '変更日時',
      created_at_gte: '変更日時(この日以降)',
      practice_case_id: '優良事例',
      from_status: '変更前の状態',
      to_status: '変更後の状態',
      note: 'メモ',
      user_id: '職員',
      actor: '操作者',
    },
    choices: { from_status: caseStatus, to_status: caseStatus },
  },
};
