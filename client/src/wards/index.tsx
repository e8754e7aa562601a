import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import MapIcon from '@mui/icons-material/Map';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'wards',
  list: lazy(() => import('./WardList')),
  ...formPages(() => import('./WardForm')),
  show: lazy(() => import('../common/RecordShow')),
  icon: MapIcon,
  recordRepresentation: recordTitle('wards'),
} satisfies ResourceProps;
