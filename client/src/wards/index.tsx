import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import MapIcon from '@mui/icons-material/Map';

export default {
  name: 'wards',
  list: lazy(() => import('./WardList')),
  create: lazy(() => import('./WardCreate')),
  edit: lazy(() => import('./WardEdit')),
  icon: MapIcon,
  recordRepresentation: 'name',
} satisfies ResourceProps;
