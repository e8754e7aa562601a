import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import FlagIcon from '@mui/icons-material/Flag';
import { fiscalYearDefaults } from '../common/fiscalYear';
import { formPages } from '../common/formPages';

export default {
  name: 'toilet_targets',
  list: page(() => import('./ToiletTargetList')),
  ...formPages(() => import('./ToiletTargetForm'), { defaults: fiscalYearDefaults }),
  show: page(() => import('../common/RecordShow')),
  icon: FlagIcon,
} satisfies ResourceProps;
