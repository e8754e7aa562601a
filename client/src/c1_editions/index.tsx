import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { fiscalYearDefaults } from '../common/fiscalYear';
import { formPages } from '../common/formPages';
import { recordTitle } from '../common/representation';

export default {
  name: 'c1_editions',
  list: page(() => import('./C1EditionList')),
  ...formPages(() => import('./C1EditionForm'), { redirect: 'show', defaults: fiscalYearDefaults }),
  show: page(() => import('./C1EditionShow')),
  icon: EmojiEventsIcon,
  recordRepresentation: recordTitle('c1_editions'),
} satisfies ResourceProps;
