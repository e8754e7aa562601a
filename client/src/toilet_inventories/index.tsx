import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import WcIcon from '@mui/icons-material/Wc';
import { formPages } from '../common/formPages';

export default {
  name: 'toilet_inventories',
  list: page(() => import('./ToiletInventoryList')),
  ...formPages(() => import('./ToiletInventoryForm'), { defaults: () => ({ western_count: 0, squat_count: 0 }) }),
  show: page(() => import('../common/RecordShow')),
  icon: WcIcon,
} satisfies ResourceProps;
