import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import PeopleIcon from '@mui/icons-material/People';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'users',
  list: page(() => import('./UserList')),
  ...formPages(() => import('./UserForm')),
  show: page(() => import('../common/RecordShow')),
  icon: PeopleIcon,
  recordRepresentation: recordTitle('users'),
} satisfies ResourceProps;
