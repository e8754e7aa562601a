import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'departments',
  list: page(() => import('./DepartmentList')),
  ...formPages(() => import('./DepartmentForm')),
  show: page(() => import('../common/RecordShow')),
  icon: AccountTreeIcon,
  recordRepresentation: recordTitle('departments'),
} satisfies ResourceProps;
