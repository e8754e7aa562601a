import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { BooleanInput, Form, required, TextInput, useCreate, useNotify, useTranslate, type HttpError } from 'react-admin';

type Props = { view: Record<string, unknown>; onClose: () => void };

export const SaveViewDialog = ({ view, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [create] = useCreate();
  const save = async (values: Record<string, unknown>) => {
    try {
      await create('saved_views', { data: { ...view, name: values.name, shared: !!values.shared } }, { returnPromise: true });
    } catch (error) {
      const { message, body } = error as HttpError;
      notify(message, { type: 'error' });
      return body?.errors;
    }
    notify('app.views.saved', { type: 'success' });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <Form onSubmit={save} resource="saved_views" noValidate>
        <DialogTitle>{translate('app.views.save')}</DialogTitle>
        <DialogContent>
          <TextInput source="name" validate={required()} autoFocus />
          <BooleanInput source="shared" />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton type="submit" variant="contained">{translate('ra.action.save')}</MuiButton>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
