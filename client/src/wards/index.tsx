import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import MapIcon from '@mui/icons-material/Map';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'wards',
  list: page(() => import('./WardList')),
  ...formPages(() => import('./WardForm')),
  show: page(() => import('../common/RecordShow')),
  icon: MapIcon,
  recordRepresentation: recordTitle('wards'),
} satisfies ResourceProps;
