import { lazy } from 'react';
import type { RedirectionSideEffect, ResourceProps } from 'react-admin';
import ShareIcon from '@mui/icons-material/Share';
import { formPages } from '../common/formPages';

const toPracticeCase: RedirectionSideEffect = (_resource, _id, data) =>
  `/practice_cases/${data?.practice_case_id}/show`;

export default {
  name: 'practice_adoptions',
  list: lazy(() => import('./PracticeAdoptionList')),
  ...formPages(() => import('./PracticeAdoptionForm'), { redirect: toPracticeCase }),
  show: lazy(() => import('../common/RecordShow')),
  icon: ShareIcon,
} satisfies ResourceProps;
