import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import FlagIcon from '@mui/icons-material/Flag';
import { fiscalYearDefaults } from '../common/fiscalYear';
import { formPages } from '../common/formPages';

export default {
  name: 'toilet_targets',
  list: lazy(() => import('./ToiletTargetList')),
  ...formPages(() => import('./ToiletTargetForm'), { defaults: fiscalYearDefaults }),
  show: lazy(() => import('../common/RecordShow')),
  icon: FlagIcon,
} satisfies ResourceProps;
