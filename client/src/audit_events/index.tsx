import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import HistoryIcon from '@mui/icons-material/History';

export default {
  name: 'audit_events',
  list: lazy(() => import('./AuditEventList')),
  icon: HistoryIcon,
} satisfies ResourceProps;
