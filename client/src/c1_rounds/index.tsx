import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { formPages } from '../common/formPages';
import { RoundName } from './RoundName';

export default {
  name: 'c1_rounds',
  list: page(() => import('./C1RoundList')),
  ...formPages(() => import('./C1RoundForm')),
  show: page(() => import('./C1RoundShow')),
  icon: RateReviewIcon,
  recordRepresentation: <RoundName />,
} satisfies ResourceProps;
