import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';

export default {
  name: 'c1_editions',
  list: lazy(() => import('./C1EditionList')),
  create: lazy(() => import('./C1EditionCreate')),
  edit: lazy(() => import('./C1EditionEdit')),
  show: lazy(() => import('./C1EditionShow')),
  icon: EmojiEventsIcon,
  recordRepresentation: 'name',
} satisfies ResourceProps;
