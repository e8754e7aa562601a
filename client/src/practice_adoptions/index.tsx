import { page } from '../common/pages';
import type { RedirectionSideEffect, ResourceProps } from 'react-admin';
import ShareIcon from '@mui/icons-material/Share';
import { formPages } from '../common/formPages';

const toPracticeCase: RedirectionSideEffect = (_resource, _id, data) =>
  `/practice_cases/${data?.practice_case_id}/show`;

export default {
  name: 'practice_adoptions',
  list: page(() => import('./PracticeAdoptionList')),
  ...formPages(() => import('./PracticeAdoptionForm'), { redirect: toPracticeCase }),
  show: page(() => import('../common/RecordShow')),
  icon: ShareIcon,
} satisfies ResourceProps;
