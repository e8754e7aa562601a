import type { Theme } from './practice_cases';

export const criteria = [
  { name: '地域課題の的確さ', weight: 30 },
  { name: '独自性', weight: 20 },
  { name: '実現可能性', weight: 25 },
  { name: '横展開の可能性', weight: 25 },
];

export const prizeNote = 'グランプリには事業化経費として10万円を交付（サンプルデータ）';

export const goals: Record<Theme, string> = {
  disaster: '住民の防災意識を高め、災害時に助け合える関係をつくる。',
  childcare: '子育て世帯が孤立せず、地域で見守られる環境をつくる。',
  elderly_watch: '高齢者の孤立を防ぎ、異変に早く気付ける地域にする。',
  intergenerational: '世代を超えて顔の見える関係を広げる。',
  food: '食を通じて子どもと高齢者の居場所を増やす。',
  leaders: '新しい担い手を育て、役員の負担を分け合う。',
  environment: 'きれいなまちを住民と企業で守る仕組みをつくる。',
  safety: '子どもと高齢者が安心して歩けるまちにする。',
  lifelong_learning: '学びを通じて地域で活躍する人を増やす。',
  culture: '地域の伝統と歴史を次の世代へ引き継ぐ。',
  digital: '誰もが地域の情報を受け取れるようにする。',
  partnership: '企業・学校と地域が継続して協力できる関係をつくる。',
  burden_reduction: '地域活動の負担を減らし、参加しやすくする。',
};
