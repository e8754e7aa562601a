import { readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import { hashPassword } from '../../server/passwords';
import { citizenCenters, departments, users, wards } from '../schema';
import { departmentList, wardList, type WardName } from './data/departments';
import { insertAll } from './insert';
import { createRng } from './random';

export interface Center {
  id: number;
  name: string;
  ward: WardName;
  kind: 'center' | 'sub_center';
  isShelter: boolean;
  builtYear: number;
}

export interface Masters {
  wardIds: Map<WardName, number>;
  centers: Center[];
  departmentIds: Map<string, number>;
  departmentNames: Map<string, string>;
  userIds: Map<string, number>;
}

const placeholderNote = '組織名は仮置き（要確認）';

const readCenters = () => {
  const lines = readFileSync(new URL('./data/citizen_centers.csv', import.meta.url), 'utf8').split(/\r?\n/).filter(Boolean);
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    if (cells.length !== 4 || line.includes('"')) throw new Error(`unexpected CSV line: ${line}`);
    const [name, ward, kind, address] = cells;
    if (!wardList.some((w) => w.name === ward)) throw new Error(`unknown ward: ${ward}`);
    if (kind !== 'center' && kind !== 'sub_center') throw new Error(`unknown kind: ${kind}`);
    return { name, ward: ward as WardName, kind: kind as Center['kind'], address: address || null };
  });
};

const kindRank = ['city_bureau', 'ward_office', 'admin_committee', 'external'];

const departmentRecords = () => [
  ...departmentList.map((d) => ({ key: d.key as string, bureau: d.bureau, section: d.section, kind: d.kind, placeholder: true })),
  ...wardList.map((w) => ({ key: `ward:${w.name}`, bureau: `${w.name}役所`, section: '総務企画課', kind: 'ward_office' as const, placeholder: false })),
];

const staff = [
  ['admin', '管理者A', 'admin', null],
  ['secretariat', '事務局担当A', 'secretariat', 'chiiki'],
  ['secretariat2', '事務局担当B', 'secretariat', 'chiiki'],
  ['pt_member', 'PT委員A', 'pt_member', 'fukushi'],
  ['pt_member2', 'PT委員B', 'pt_member', 'kiki'],
  ['dept_contact', '所管課担当A', 'dept_contact', 'chiiki'],
  ['dept_contact2', '所管課担当B', 'dept_contact', 'fukushi'],
  ['viewer', '閲覧者A', 'viewer', null],
  ['judge', '審査員A（有識者）', 'judge', null],
] as const;

export const demoPassword = 'kitakyushu-2026';

export async function seedMasters(trx: Knex.Transaction): Promise<Masters> {
  const rng = createRng(0x5eed0001);
  const wardIdList = await insertAll(trx, wards, wardList.map((w, i) => ({ code: w.code, name: w.name, sort_order: i + 1 })));
  const wardIds = new Map(wardList.map((w, i) => [w.name, wardIdList[i]]));

  const rows = readCenters().map((c) => ({ ...c, isShelter: c.address !== null, builtYear: rng.int(1970, 2015) }));
  const centerIds = await insertAll(trx, citizenCenters, rows.map((c) => ({
    name: c.name,
    ward_id: wardIds.get(c.ward)!,
    kind: c.kind,
    address: c.address,
    is_shelter: c.isShelter,
    built_year: c.builtYear,
    active: true,
  })));
  const centers = rows.map((c, i) => ({ id: centerIds[i], name: c.name, ward: c.ward, kind: c.kind, isShelter: c.isShelter, builtYear: c.builtYear }));

  const depts = departmentRecords();
  const deptIdList = await insertAll(trx, departments, depts.map((d, i) => ({
    bureau: d.bureau,
    section: d.section,
    kind: d.kind,
    sort_order: (kindRank.indexOf(d.kind) + 1) * 1000 + i,
    valid_from: '2026-04-01',
    is_placeholder: d.placeholder,
    note: d.placeholder ? placeholderNote : 'サンプルデータ',
  })));
  const departmentIds = new Map(depts.map((d, i) => [d.key, deptIdList[i]]));
  const departmentNames = new Map(depts.map((d) => [d.key, `${d.bureau}${d.section}`]));

  const userIdList = await insertAll(trx, users, staff.map(([login, display_name, role, dept]) => ({
    login, display_name, role, department_id: dept ? departmentIds.get(dept)! : null,
  })));
  const userIds = new Map(staff.map(([login], i) => [login as string, userIdList[i]]));
  const hashes = await Promise.all(userIdList.map(() => hashPassword(demoPassword)));
  for (const [i, id] of userIdList.entries()) await trx('users').where({ id }).update({ password_hash: hashes[i] });

  return { wardIds, centers, departmentIds, departmentNames, userIds };
}
