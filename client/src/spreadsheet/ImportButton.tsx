import { lazy, Suspense, useState } from 'react';
import UploadIcon from '@mui/icons-material/Upload';
import { Button, useCanAccess, useResourceContext } from 'react-admin';
import { isImportable } from '../../../db/interchange';

const ImportDialog = lazy(() => import('./ImportDialog'));

export const ImportButton = () => {
  const resource = useResourceContext()!;
  const { canAccess: canEdit } = useCanAccess({ resource, action: 'edit' });
  const { canAccess: canCreate } = useCanAccess({ resource, action: 'create' });
  const [open, setOpen] = useState(false);
  if (!isImportable(resource) || !(canEdit || canCreate)) return null;
  return (
    <>
      <Button label="app.spreadsheet.import" onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ImportDialog resource={resource} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
};
