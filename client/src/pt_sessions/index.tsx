import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import GroupsIcon from '@mui/icons-material/Groups';
import { fiscalYearDefaults } from '../common/fiscalYear';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'pt_sessions',
  list: page(() => import('./PtSessionList')),
  ...formPages(() => import('./PtSessionForm'), { defaults: fiscalYearDefaults }),
  show: page(() => import('../common/RecordShow')),
  icon: GroupsIcon,
  recordRepresentation: recordTitle('pt_sessions'),
} satisfies ResourceProps;
