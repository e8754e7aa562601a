import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import HistoryIcon from '@mui/icons-material/History';

export default {
  name: 'audit_events',
  list: page(() => import('./AuditEventList')),
  icon: HistoryIcon,
} satisfies ResourceProps;
