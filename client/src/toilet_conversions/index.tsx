import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import PublishedWithChangesIcon from '@mui/icons-material/PublishedWithChanges';

export default {
  name: 'toilet_conversions',
  list: lazy(() => import('./ConversionList')),
  icon: PublishedWithChangesIcon,
} satisfies ResourceProps;
