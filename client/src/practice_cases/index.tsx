import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'practice_cases',
  list: lazy(() => import('./PracticeCaseList')),
  ...formPages(() => import('./PracticeCaseForm'), { redirect: 'show' }),
  show: lazy(() => import('./PracticeCaseShow')),
  icon: LightbulbIcon,
  recordRepresentation: recordTitle('practice_cases'),
} satisfies ResourceProps;
