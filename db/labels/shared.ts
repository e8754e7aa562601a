/** Labels several families share. */
export const system = {
  id: 'ID',
  created_at: '作成日時',
  updated_at: '更新日時',
  version: '版',
  q: 'キーワード検索',
};

export const level = { high: '高', medium: '中', low: '低' };

export const themes = {
  disaster: '防災',
  childcare: '子育て',
  elderly_watch: '高齢者見守り',
  intergenerational: '多世代交流・居場所',
  food: '食・子ども食堂',
  leaders: '担い手育成',
  environment: '環境美化',
  safety: '防犯・交通安全',
  lifelong_learning: '生涯学習',
  culture: '文化・伝統',
  digital: 'デジタル・情報発信',
  partnership: '大学・企業連携',
  burden_reduction: '負担軽減',
};

export const workStatus = {
  planned: '計画',
  hearing_done: 'ヒアリング済',
  designing: '設計中',
  procuring: '入札・発注中',
  contracted: '契約済',
  in_progress: '施工中',
  inspected: '完了検査済',
  completed: '完了',
  on_hold: '保留',
  cancelled: '中止',
};

export const taskStatus = {
  not_started: '未着手',
  surveying: '所管課照会中',
  surveyed: '回答済',
  drafting: '見直し案作成中',
  pt_review: 'PT協議中',
  decided: '決定',
  implementing: '実施中',
  implemented: '実施済',
  verified: '効果検証済',
  on_hold: '保留',
};

export const months = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [String(i + 1), `${i + 1}月`]));

/** What the data is called: resource names, field labels and enum choices, shared by client and server. */
