import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import WcIcon from '@mui/icons-material/Wc';

export default {
  name: 'toilet_inventories',
  list: lazy(() => import('./ToiletInventoryList')),
  create: lazy(() => import('./ToiletInventoryCreate')),
  edit: lazy(() => import('./ToiletInventoryEdit')),
  icon: WcIcon,
} satisfies ResourceProps;
