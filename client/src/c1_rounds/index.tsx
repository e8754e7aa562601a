import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { formPages } from '../common/formPages';
import { RoundName } from './RoundName';

export default {
  name: 'c1_rounds',
  list: lazy(() => import('./C1RoundList')),
  ...formPages(() => import('./C1RoundForm')),
  show: lazy(() => import('./C1RoundShow')),
  icon: RateReviewIcon,
  recordRepresentation: <RoundName />,
} satisfies ResourceProps;
