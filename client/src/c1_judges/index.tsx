import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'c1_judges',
  list: page(() => import('./C1JudgeList')),
  ...formPages(() => import('./C1JudgeForm')),
  show: page(() => import('../common/RecordShow')),
  icon: HowToRegIcon,
  recordRepresentation: recordTitle('c1_judges'),
} satisfies ResourceProps;
