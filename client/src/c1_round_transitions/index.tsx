import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import TimelineIcon from '@mui/icons-material/Timeline';

export default {
  name: 'c1_round_transitions',
  list: page(() => import('./RoundTransitionList')),
  icon: TimelineIcon,
} satisfies ResourceProps;
