import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/Assignment';
import { fiscalYearDefaults } from '../common/fiscalYear';
import { formPages } from '../common/formPages';
import RequestTaskList from './RequestTaskList';

export default {
  name: 'request_tasks',
  list: RequestTaskList,
  ...formPages(() => import('./RequestTaskForm'), { redirect: 'show', defaults: fiscalYearDefaults }),
  show: lazy(() => import('./RequestTaskShow')),
  icon: AssignmentIcon,
  recordRepresentation: (record) => `${record.task_code} ${record.title}`,
} satisfies ResourceProps;
