import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'citizen_centers',
  list: page(() => import('./CitizenCenterList')),
  ...formPages(() => import('./CitizenCenterForm'), { redirect: 'show' }),
  show: page(() => import('./CitizenCenterShow')),
  icon: HomeWorkIcon,
  recordRepresentation: recordTitle('citizen_centers'),
} satisfies ResourceProps;
