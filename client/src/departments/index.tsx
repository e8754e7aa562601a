import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'departments',
  list: lazy(() => import('./DepartmentList')),
  ...formPages(() => import('./DepartmentForm')),
  show: lazy(() => import('../common/RecordShow')),
  icon: AccountTreeIcon,
  recordRepresentation: recordTitle('departments'),
} satisfies ResourceProps;
