import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import ConstructionIcon from '@mui/icons-material/Construction';

export default {
  name: 'toilet_work_orders',
  list: lazy(() => import('./ToiletWorkOrderList')),
  create: lazy(() => import('./ToiletWorkOrderCreate')),
  edit: lazy(() => import('./ToiletWorkOrderEdit')),
  show: lazy(() => import('./ToiletWorkOrderShow')),
  icon: ConstructionIcon,
  recordRepresentation: 'order_no',
} satisfies ResourceProps;
