import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import FactCheckIcon from '@mui/icons-material/FactCheck';

export default {
  name: 'c1_score_sheets',
  list: page(() => import('./ScoreSheetList')),
  show: page(() => import('../common/RecordShow')),
  icon: FactCheckIcon,
} satisfies ResourceProps;
