import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import CampaignIcon from '@mui/icons-material/Campaign';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'c1_entries',
  list: page(() => import('./C1EntryList')),
  ...formPages(() => import('./C1EntryForm')),
  show: page(() => import('../common/RecordShow')),
  icon: CampaignIcon,
  recordRepresentation: recordTitle('c1_entries'),
} satisfies ResourceProps;
