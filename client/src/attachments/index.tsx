import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import AttachFileIcon from '@mui/icons-material/AttachFile';

export default {
  name: 'attachments',
  list: lazy(() => import('./AttachmentList')),
  icon: AttachFileIcon,
} satisfies ResourceProps;
