import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'saved_views',
  list: lazy(() => import('./SavedViewList')),
  ...formPages(() => import('./SavedViewForm'), { defaults: () => ({ resource: 'request_tasks' }) }),
  show: lazy(() => import('./SavedViewShow')),
  icon: BookmarksIcon,
  recordRepresentation: recordTitle('saved_views'),
} satisfies ResourceProps;
