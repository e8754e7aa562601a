import MenuBookIcon from '@mui/icons-material/MenuBook';
import { Button, useListContext, useRedirect } from 'react-admin';

/** 事例集（印刷用） of the selected cases. */
export const CasebookButton = () => {
  const { selectedIds } = useListContext();
  const redirect = useRedirect();
  return (
    <Button label="app.casebook.open" onClick={() => redirect(`/casebook?ids=${selectedIds.join(',')}`)}>
      <MenuBookIcon />
    </Button>
  );
};
