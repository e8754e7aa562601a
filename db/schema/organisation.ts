import { z } from 'zod';
import { code, flag, id, int, note, notBefore, one, optId, optInt, resource, text, date } from './fields';
import { enums } from '../enums';

export const wards = resource({
  name: 'wards',
  fields: z.object({ code: code(/^\d{6}$/, '6桁の数字'), name: text(20), sort_order: int(0, 999) }),
  unique: [['code'], ['name']],
  search: ['name'],
  title: ['name'],
});

export const citizenCenters = resource({
  name: 'citizen_centers',
  fields: z.object({
    name: text(60),
    ward_id: id(),
    kind: one(enums.center_kind),
    address: note(200),
    is_shelter: flag(),
    built_year: optInt(1900, 2100),
    active: flag(true),
    note: note(),
  }),
  references: { ward_id: 'wards' },
  unique: [['name']],
  search: ['name', 'address', 'ward_id'],
  title: ['name'],
});

export const departments = resource({
  name: 'departments',
  fields: z.object({
    bureau: text(60),
    section: text(60),
    kind: one(enums.department_kind),
    sort_order: int(0, 9999).default(9999),
    valid_from: date(),
    valid_to: date(),
    is_placeholder: flag(),
    note: note(),
  }),
  unique: [['bureau', 'section']],
  search: ['bureau', 'section'],
  title: ['bureau', 'section'],
  check: (r) => notBefore({}, r, 'valid_from', 'valid_to'),
});

export const users = resource({
  name: 'users',
  fields: z.object({
    login: code(/^[a-z][a-z0-9_.-]{2,31}$/, '半角英小文字で始まる3〜32文字'),
    display_name: text(60),
    role: one(enums.role),
    department_id: optId(),
    active: flag(true),
  }),
  references: { department_id: 'departments' },
  unique: [['login']],
  search: ['display_name'],
  internal: ['password_hash', 'session_epoch'],
  title: ['display_name'],
});
