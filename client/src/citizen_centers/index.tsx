import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import HomeWorkIcon from '@mui/icons-material/HomeWork';

export default {
  name: 'citizen_centers',
  list: lazy(() => import('./CitizenCenterList')),
  create: lazy(() => import('./CitizenCenterCreate')),
  edit: lazy(() => import('./CitizenCenterEdit')),
  show: lazy(() => import('./CitizenCenterShow')),
  icon: HomeWorkIcon,
  recordRepresentation: 'name',
} satisfies ResourceProps;
