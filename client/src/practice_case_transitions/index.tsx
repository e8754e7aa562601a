import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import TimelineIcon from '@mui/icons-material/Timeline';

export default {
  name: 'practice_case_transitions',
  list: lazy(() => import('./CaseTransitionList')),
  icon: TimelineIcon,
} satisfies ResourceProps;
