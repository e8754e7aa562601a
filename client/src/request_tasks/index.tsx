import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/Assignment';
import RequestTaskList from './RequestTaskList';

export default {
  name: 'request_tasks',
  list: RequestTaskList,
  create: lazy(() => import('./RequestTaskCreate')),
  edit: lazy(() => import('./RequestTaskEdit')),
  show: lazy(() => import('./RequestTaskShow')),
  icon: AssignmentIcon,
  recordRepresentation: (record) => `${record.task_code} ${record.title}`,
} satisfies ResourceProps;
