import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import PeopleIcon from '@mui/icons-material/People';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'users',
  list: lazy(() => import('./UserList')),
  ...formPages(() => import('./UserForm')),
  show: lazy(() => import('../common/RecordShow')),
  icon: PeopleIcon,
  recordRepresentation: recordTitle('users'),
} satisfies ResourceProps;
