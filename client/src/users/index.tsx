import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import PeopleIcon from '@mui/icons-material/People';

export default {
  name: 'users',
  list: lazy(() => import('./UserList')),
  create: lazy(() => import('./UserCreate')),
  edit: lazy(() => import('./UserEdit')),
  icon: PeopleIcon,
  recordRepresentation: 'display_name',
} satisfies ResourceProps;
