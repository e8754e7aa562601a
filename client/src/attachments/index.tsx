import { page } from '../common/pages';
import type { ResourceProps } from 'react-admin';
import AttachFileIcon from '@mui/icons-material/AttachFile';

export default {
  name: 'attachments',
  list: page(() => import('./AttachmentList')),
  icon: AttachFileIcon,
} satisfies ResourceProps;
