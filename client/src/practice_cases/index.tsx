import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'practice_cases',
  list: page(() => import('./PracticeCaseList')),
  ...formPages(() => import('./PracticeCaseForm'), { redirect: 'show' }),
  show: page(() => import('./PracticeCaseShow')),
  icon: LightbulbIcon,
  recordRepresentation: recordTitle('practice_cases'),
} satisfies ResourceProps;
