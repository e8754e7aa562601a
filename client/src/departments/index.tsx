import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';

export default {
  name: 'departments',
  list: lazy(() => import('./DepartmentList')),
  create: lazy(() => import('./DepartmentCreate')),
  edit: lazy(() => import('./DepartmentEdit')),
  icon: AccountTreeIcon,
  recordRepresentation: (record) => `${record.bureau} ${record.section}`,
} satisfies ResourceProps;
