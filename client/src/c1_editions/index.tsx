import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { fiscalYearDefaults } from '../common/fiscalYear';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'c1_editions',
  list: lazy(() => import('./C1EditionList')),
  ...formPages(() => import('./C1EditionForm'), { redirect: 'show', defaults: fiscalYearDefaults }),
  show: lazy(() => import('./C1EditionShow')),
  icon: EmojiEventsIcon,
  recordRepresentation: recordTitle('c1_editions'),
} satisfies ResourceProps;
