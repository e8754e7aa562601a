import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'c1_judges',
  list: lazy(() => import('./C1JudgeList')),
  ...formPages(() => import('./C1JudgeForm')),
  show: lazy(() => import('../common/RecordShow')),
  icon: HowToRegIcon,
  recordRepresentation: recordTitle('c1_judges'),
} satisfies ResourceProps;
