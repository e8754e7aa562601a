import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export const PlaceholderChip = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.is_placeholder) return null;
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      label={translate('resources.departments.fields.is_placeholder')}
    />
  );
};
