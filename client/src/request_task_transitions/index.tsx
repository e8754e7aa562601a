import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import TimelineIcon from '@mui/icons-material/Timeline';

export default {
  name: 'request_task_transitions',
  list: page(() => import('./TransitionList')),
  icon: TimelineIcon,
} satisfies ResourceProps;
