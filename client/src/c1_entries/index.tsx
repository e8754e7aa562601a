import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import CampaignIcon from '@mui/icons-material/Campaign';

export default {
  name: 'c1_entries',
  list: lazy(() => import('./C1EntryList')),
  create: lazy(() => import('./C1EntryCreate')),
  edit: lazy(() => import('./C1EntryEdit')),
  icon: CampaignIcon,
  recordRepresentation: (record) => `${record.entry_no} ${record.title}`,
} satisfies ResourceProps;
