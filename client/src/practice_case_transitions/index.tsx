import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import TimelineIcon from '@mui/icons-material/Timeline';

export default {
  name: 'practice_case_transitions',
  list: page(() => import('./CaseTransitionList')),
  icon: TimelineIcon,
} satisfies ResourceProps;
