import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import TimelineIcon from '@mui/icons-material/Timeline';

export default {
  name: 'toilet_work_order_transitions',
  list: lazy(() => import('./WorkOrderTransitionList')),
  icon: TimelineIcon,
} satisfies ResourceProps;
