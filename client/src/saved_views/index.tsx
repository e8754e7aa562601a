import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'saved_views',
  list: page(() => import('./SavedViewList')),
  ...formPages(() => import('./SavedViewForm'), { defaults: () => ({ resource: 'request_tasks' }) }),
  show: page(() => import('./SavedViewShow')),
  icon: BookmarksIcon,
  recordRepresentation: recordTitle('saved_views'),
} satisfies ResourceProps;
