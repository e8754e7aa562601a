import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import ConstructionIcon from '@mui/icons-material/Construction';
import { fiscalYearDefaults } from '../common/fiscalYear';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'toilet_work_orders',
  list: page(() => import('./ToiletWorkOrderList')),
  ...formPages(() => import('./ToiletWorkOrderForm'), { redirect: 'show', defaults: fiscalYearDefaults }),
  show: page(() => import('./ToiletWorkOrderShow')),
  icon: ConstructionIcon,
  recordRepresentation: recordTitle('toilet_work_orders'),
} satisfies ResourceProps;
