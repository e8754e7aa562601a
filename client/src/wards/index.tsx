import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import MapIcon from '@mui/icons-material/Map';
import { formPages } from '../common/formPages';

export default {
  name: 'wards',
  list: lazy(() => import('./WardList')),
  ...formPages(() => import('./WardForm')),
  icon: MapIcon,
  recordRepresentation: 'name',
} satisfies ResourceProps;
