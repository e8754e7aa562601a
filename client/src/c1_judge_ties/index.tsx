import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import { formPages } from '../common/formPages';

export default {
  name: 'c1_judge_ties',
  list: page(() => import('./C1JudgeTieList')),
  ...formPages(() => import('./C1JudgeTieForm')),
  show: page(() => import('../common/RecordShow')),
  icon: LinkOffIcon,
} satisfies ResourceProps;
