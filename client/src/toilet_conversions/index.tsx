import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import PublishedWithChangesIcon from '@mui/icons-material/PublishedWithChanges';

export default {
  name: 'toilet_conversions',
  list: page(() => import('./ConversionList')),
  icon: PublishedWithChangesIcon,
} satisfies ResourceProps;
