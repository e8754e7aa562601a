import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'citizen_centers',
  list: lazy(() => import('./CitizenCenterList')),
  ...formPages(() => import('./CitizenCenterForm'), { redirect: 'show' }),
  show: lazy(() => import('./CitizenCenterShow')),
  icon: HomeWorkIcon,
  recordRepresentation: recordTitle('citizen_centers'),
} satisfies ResourceProps;
