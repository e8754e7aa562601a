import type { ComponentType } from 'react';
import { Button, Create, Edit, useNotify, useRefresh, useResourceContext, type HttpError } from 'react-admin';
import { resourceNamed } from './choices';
import { Attachments } from '../attachments/Attachments';
import { defaultsFor } from './defaults';
import { EditGuard } from './EditGuard';
import { FormToolbar } from './FirstErrorFocus';
import type { FormProps, PageOptions } from './formPages';
import { RecordHistory } from './RecordHistory';

type Props = PageOptions & { form: ComponentType<FormProps> };

export const CreatePage = ({ form: Form, redirect = 'list', defaults }: Props) => {
  const resource = useResourceContext()!;
  return (
    <Create redirect={redirect}>
      <Form defaultValues={{ ...defaultsFor(resource), ...defaults?.() }} toolbar={<FormToolbar />} noValidate />
    </Create>
  );
};

const useSaveErrors = () => {
  const notify = useNotify();
  const refresh = useRefresh();
  return (error: unknown) => {
    const { status, message } = error as HttpError;
    if (status === 409) {
      notify(message, { type: 'error', autoHideDuration: null, action: <Button label="app.conflict.reload" onClick={refresh} /> });
    } else {
      notify(message || 'ra.notification.http_error', { type: 'error' });
    }
  };
};

export const EditPage = ({ form: Form, redirect = 'list' }: Props) => {
  const onError = useSaveErrors();
  const attachable = resourceNamed(useResourceContext()!).attachments;
  return (
    <Edit mutationMode="pessimistic" redirect={redirect} mutationOptions={{ onError }}>
      <EditGuard />
      <Form toolbar={<FormToolbar />} noValidate />
      {attachable && <Attachments />}
      <RecordHistory />
    </Edit>
  );
};
