import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import TimelineIcon from '@mui/icons-material/Timeline';

export default {
  name: 'request_task_transitions',
  list: lazy(() => import('./TransitionList')),
  icon: TimelineIcon,
} satisfies ResourceProps;
