import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { apiFetch } from '../providers';

export const PasswordReset = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'edit', record });
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  if (!record || !canAccess) return null;
  const submit = async () => {
    const res = await apiFetch(`/users/${record.id}/password`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password }),
    });
    if (!res.ok) return setError((await res.json()).message);
    setOpen(false);
    setPassword('');
    notify('app.users.password_reset', { type: 'success' });
  };
  return (
    <>
      <Button label="app.users.reset_password" onClick={() => setOpen(true)}><KeyIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('app.users.reset_password')}</DialogTitle>
        <DialogContent>
          <TextField
            type="password" autoComplete="new-password" label={translate('app.users.new_password')} value={password}
            onChange={(e) => setPassword(e.target.value)} error={!!error} helperText={error} fullWidth sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.save" onClick={submit} variant="contained" />
        </DialogActions>
      </Dialog>
    </>
  );
};
