import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

type Change = { old: unknown; new: unknown };

const useFormat = (resource: string | null) => {
  const translate = useTranslate();
  const one = (field: string, value: unknown): string => {
    if (value == null || value === '') return translate('app.history.none');
    if (Array.isArray(value)) return value.map((v) => one(field, v)).join('、');
    if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    if (typeof value === 'object') return JSON.stringify(value);
    return translate(`resources.${resource}.choices.${field}.${value}`, { _: String(value) });
  };
  return one;
};

export const ChangeList = ({ resource, changes }: { resource: string | null; changes: Record<string, Change> }) => {
  const translate = useTranslate();
  const format = useFormat(resource);
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {Object.entries(changes ?? {}).map(([field, change]) => (
        <Typography component="li" variant="body2" key={field}>
          {translate(`resources.${resource}.fields.${field}`, { _: field })}: {format(field, change.old)} → {format(field, change.new)}
        </Typography>
      ))}
    </Box>
  );
};
