import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import CampaignIcon from '@mui/icons-material/Campaign';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'c1_entries',
  list: lazy(() => import('./C1EntryList')),
  ...formPages(() => import('./C1EntryForm')),
  show: lazy(() => import('../common/RecordShow')),
  icon: CampaignIcon,
  recordRepresentation: recordTitle('c1_entries'),
} satisfies ResourceProps;
