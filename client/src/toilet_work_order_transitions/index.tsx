import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import TimelineIcon from '@mui/icons-material/Timeline';

export default {
  name: 'toilet_work_order_transitions',
  list: page(() => import('./WorkOrderTransitionList')),
  icon: TimelineIcon,
} satisfies ResourceProps;
