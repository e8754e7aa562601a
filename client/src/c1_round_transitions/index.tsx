import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import TimelineIcon from '@mui/icons-material/Timeline';

export default {
  name: 'c1_round_transitions',
  list: lazy(() => import('./RoundTransitionList')),
  icon: TimelineIcon,
} satisfies ResourceProps;
