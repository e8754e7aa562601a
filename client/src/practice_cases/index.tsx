import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import LightbulbIcon from '@mui/icons-material/Lightbulb';

export default {
  name: 'practice_cases',
  list: lazy(() => import('./PracticeCaseList')),
  create: lazy(() => import('./PracticeCaseCreate')),
  edit: lazy(() => import('./PracticeCaseEdit')),
  show: lazy(() => import('./PracticeCaseShow')),
  icon: LightbulbIcon,
  recordRepresentation: (record) => `${record.case_no} ${record.title}`,
} satisfies ResourceProps;
