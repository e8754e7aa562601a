export const wardList = [
  { code: '401013', name: '門司区' },
  { code: '401064', name: '小倉北区' },
  { code: '401072', name: '小倉南区' },
  { code: '401030', name: '若松区' },
  { code: '401081', name: '八幡東区' },
  { code: '401099', name: '八幡西区' },
  { code: '401056', name: '戸畑区' },
] as const;

export type WardName = (typeof wardList)[number]['name'];

type Kind = 'city_bureau' | 'admin_committee' | 'external';

const city = (key: string, bureau: string, section: string) => ({ key, bureau, section, kind: 'city_bureau' as Kind });

export const departmentList = [
  city('chiiki', '市民文化スポーツ局', '地域振興課'),
  city('shogai', '市民文化スポーツ局', '生涯学習課'),
  city('anzen', '市民文化スポーツ局', '安全・安心推進課'),
  city('sports', '市民文化スポーツ局', 'スポーツ振興課'),
  city('jinken', '市民文化スポーツ局', '人権文化推進課'),
  city('fukushi', '保健福祉局', '地域福祉推進課'),
  city('choju', '保健福祉局', '長寿社会対策課'),
  city('kenko', '保健福祉局', '健康推進課'),
  city('shogaisha', '保健福祉局', '障害福祉企画課'),
  city('kiki', '危機管理室', '危機管理課'),
  city('junkan', '環境局', '循環社会推進課'),
  city('gyomu', '環境局', '業務課'),
  city('kodomo', '子ども家庭局', '子ども家庭政策課'),
  city('seishonen', '子ども家庭局', '青少年課'),
  city('kenchiku', '建築都市局', '施設保全課'),
  city('toshi', '建築都市局', '住宅計画課'),
  city('koen', '建設局', '公園管理課'),
  city('koho', '政策局 広報室', '広報課'),
  city('digital', 'デジタル市役所推進室', 'DX推進課'),
  city('tokei', '総務局', '統計調査課'),
  city('shobo', '消防局', '予防課'),
  { key: 'kyoiku', bureau: '教育委員会事務局', section: '学校支援課', kind: 'admin_committee' as Kind },
  { key: 'senkyo', bureau: '選挙管理委員会事務局', section: '選挙課', kind: 'admin_committee' as Kind },
  { key: 'shakyo', bureau: '北九州市社会福祉協議会', section: '地域福祉部', kind: 'external' as Kind },
  { key: 'bokin', bureau: '北九州市共同募金会', section: '事務局', kind: 'external' as Kind },
  { key: 'sekijuji', bureau: '日本赤十字社福岡県支部', section: '北九州市地区', kind: 'external' as Kind },
  { key: 'jichi', bureau: '北九州市自治総連合会', section: '事務局', kind: 'external' as Kind },
] as const;

export type DeptKey = (typeof departmentList)[number]['key'] | 'ward';
