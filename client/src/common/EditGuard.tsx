import { useEffect } from 'react';
import { EditButton, useNotify, useRecordContext, useRedirect, useResourceContext, useResourceDefinition } from 'react-admin';
import { editableWhileText } from '../../../db/labels';
import { can, grantFor } from '../../../db/policy';
import { useActor } from './access';

/** From the policy and the record as it is now (react-admin caches canAccess by record id, not by its state). */
const useEditable = () => {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const actor = useActor();
  return { record, resource, actor, editable: !!record && !!actor && can(actor, resource, 'update', record) };
};

/** 編集 only while the record may be changed, e.g. not once a task is 回答済 for a 所管課担当. */
export const EditIfAllowed = () => (useEditable().editable ? <EditButton /> : null);

/** An edit page of a record the person may read but not change goes back to reading it, saying why. */
export const EditGuard = () => {
  const { record, resource, actor, editable } = useEditable();
  const { hasShow } = useResourceDefinition();
  const notify = useNotify();
  const redirect = useRedirect();
  useEffect(() => {
    if (!record || !actor || editable) return;
    const condition = grantFor(actor, resource)?.editableWhile;
    notify(condition ? editableWhileText(resource, condition) : 'ra.notification.not_authorized', { type: 'warning' });
    redirect(hasShow ? 'show' : 'list', resource, record.id);
  }, [record, actor, editable, resource, hasShow, notify, redirect]);
  return null;
};
