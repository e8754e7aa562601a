import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import ShareIcon from '@mui/icons-material/Share';

export default {
  name: 'practice_adoptions',
  list: lazy(() => import('./PracticeAdoptionList')),
  create: lazy(() => import('./PracticeAdoptionCreate')),
  edit: lazy(() => import('./PracticeAdoptionEdit')),
  icon: ShareIcon,
} satisfies ResourceProps;
