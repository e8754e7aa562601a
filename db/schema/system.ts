import { z } from 'zod';
import { code, errorIf, flag, id, int, note, one, optId, optInt, resource, text } from './fields';
import { enums } from '../enums';
import { isResourceName } from './index';

export const auditEvents = resource({
  name: 'audit_events',
  fields: z.object({
    user_id: optId(),
    actor: note(60),
    action: one(enums.audit_action),
    resource: note(60),
    record_id: optInt(0),
    changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })),
    ip: note(64),
  }),
  references: { user_id: 'users' },
  readOnly: true,
});

/** A file attached to a record of a resource with `attachments: true`; the bytes live content-addressed under the files folder. */
export const attachments = resource({
  name: 'attachments',
  fields: z.object({
    resource: code(/^[a-z][a-z0-9_]{1,59}$/, 'practice_cases'),
    record_id: id(),
    file_name: text(200),
    mime: text(100),
    kind: one(enums.attachment_kind),
    size: int(0),
    sha256: code(/^[0-9a-f]{64}$/, 'SHA-256 (16進数64桁)'),
    caption: note(200),
    alt_text: note(200),
    consent: flag(),
    created_by: optId(),
  }),
  references: { created_by: 'users' },
  search: ['file_name', 'caption', 'alt_text'],
  title: ['file_name'],
  readOnly: true,
});

export const savedViews = resource({
  name: 'saved_views',
  fields: z.object({
    name: text(60),
    resource: code(/^[a-z][a-z0-9_]{1,59}$/, 'request_tasks'),
    filter: z.record(z.string(), z.unknown()).default({}),
    sort: z.object({ field: z.string().max(60), order: z.enum(['ASC', 'DESC']) }).nullable().default(null),
    columns: z.array(z.string().max(60)).max(100).nullable().default(null),
    shared: flag(),
    owner_user_id: id(),
  }),
  references: { owner_user_id: 'users' },
  unique: [['owner_user_id', 'resource', 'name']],
  search: ['name'],
  title: ['name'],
  check: (r) => errorIf(!isResourceName(r.resource), 'resource', '登録されていないデータの種類です'),
});
