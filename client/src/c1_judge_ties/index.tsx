import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { formPages } from '../common/formPages';

export default {
  name: 'c1_judge_ties',
  list: lazy(() => import('./C1JudgeTieList')),
  ...formPages(() => import('./C1JudgeTieForm')),
  show: lazy(() => import('../common/RecordShow')),
  icon: LinkOffIcon,
} satisfies ResourceProps;
