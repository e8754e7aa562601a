import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import FactCheckIcon from '@mui/icons-material/FactCheck';

export default {
  name: 'c1_score_sheets',
  list: lazy(() => import('./ScoreSheetList')),
  show: lazy(() => import('../common/RecordShow')),
  icon: FactCheckIcon,
} satisfies ResourceProps;
