import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/Assignment';
import { fiscalYearDefaults } from '../common/fiscalYear';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'request_tasks',
  list: page(() => import('./RequestTaskList')),
  ...formPages(() => import('./TaskForm'), { redirect: 'show', defaults: fiscalYearDefaults }),
  show: page(() => import('./RequestTaskShow')),
  icon: AssignmentIcon,
  recordRepresentation: recordTitle('request_tasks'),
} satisfies ResourceProps;
