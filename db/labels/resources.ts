import { caseLibraryLabels } from './caseLibrary';
import { c1Labels } from './c1';
import { requestTaskLabels } from './requestTasks';
import { system } from './shared';
import { toiletLabels } from './toilets';

export const resourceLabels = {
  wards: {
    name: '区 |||| 区',
    fields: {
      ...system,
      code: '地方公共団体コード',
      name: '区名',
      sort_order: '表示順',
    },
  },
  citizen_centers: {
    name: '市民センター |||| 市民センター',
    fields: {
      ...system,
      name: '名称',
      ward_id: '区',
      kind: '種別',
      address: '所在地',
      is_shelter: '指定避難所',
      built_year: '建築年',
      active: '有効',
      note: '備考',
      western_ratio: '洋式化率',
    },
    choices: {
      kind: { center: '市民センター', sub_center: '市民サブセンター' },
    },
  },
  departments: {
    name: '所管課 |||| 所管課',
    fields: {
      ...system,
      bureau: '局・区役所',
      section: '課',
      sort_order: '表示順',
      kind: '種別',
      valid_from: '有効開始日',
      valid_to: '有効終了日',
      is_placeholder: '名称未確認',
      note: '備考',
    },
    choices: {
      kind: {
        city_bureau: '本庁局',
        ward_office: '区役所',
        admin_committee: '行政委員会',
        external: '外部団体',
      },
    },
  },
  users: {
    name: '職員 |||| 職員',
    fields: {
      ...system,
      login: 'ログインID',
      display_name: '表示名',
      role: '役割',
      department_id: '所属',
      active: '有効',
    },
    choices: {
      role: {
        admin: '管理者',
        secretariat: '事務局',
        pt_member: 'PT委員',
        dept_contact: '所管課担当',
        viewer: '閲覧',
        judge: '審査員',
      },
    },
  },
  audit_events: {
    name: '操作履歴 |||| 操作履歴',
    fields: {
      ...system,
      user_id: '職員',
      actor: '操作者',
      action: '操作',
      resource: '対象データ',
      record_id: '対象ID',
      changes: '変更内容',
      ip: '接続元',
    },
    choices: {
      action: {
        create: '作成',
        update: '更新',
        delete: '削除',
        restore: '以前の版に復元',
        transition: '状態の変更',
        login: 'ログイン',
        login_failed: 'ログイン失敗',
        logout: 'サインアウト',
        denied: '権限のない操作',
        archive: '古い操作履歴の書き出し・削除',
      },
    },
  },
  ...requestTaskLabels,
  ...toiletLabels,
  ...caseLibraryLabels,
  ...c1Labels,
};
