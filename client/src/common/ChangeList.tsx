import { Box, Typography } from '@mui/material';
import { ReferenceField, useTranslate } from 'react-admin';
import { columnsOf, systemColumns, type Column } from '../../../db/columns';
import { resources } from '../../../db/schema';
import { JaDateField } from './fields';
import { fiscalYearLabel } from './fiscalYear';

type Change = { old: unknown; new: unknown };
export type ValueProps = { resource: string; field: string; column?: Column; reference?: string; value: unknown };

const blank = (value: unknown) => value == null || value === '' || (Array.isArray(value) && !value.length);

/** A value as the person reads it elsewhere: reference names, choice labels, 令和 dates, はい/いいえ. */
export const Value = ({ resource, field, column, reference, value }: ValueProps) => {
  const translate = useTranslate();
  if (blank(value)) return <>{translate('app.history.none')}</>;
  if (reference) return <ReferenceField record={{ id: 0, [field]: value }} source={field} reference={reference} link={false} empty={`ID ${value}`} />;
  if (column?.kind === 'date') return <JaDateField record={{ id: 0, [field]: value }} source={field} />;
  if (column?.fiscalYear) return <>{fiscalYearLabel(Number(value))}</>;
  if (typeof value === 'boolean') return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
  const one = (v: unknown) => translate(`resources.${resource}.choices.${field}.${v}`, { _: String(v) });
  if (Array.isArray(value)) return <>{value.map(one).join('、')}</>;
  if (typeof value === 'object') return <>{JSON.stringify(value)}</>;
  return <>{one(value)}</>;
};

export const ChangeList = ({ resource, changes }: { resource: string | null; changes: Record<string, Change> }) => {
  const translate = useTranslate();
  const definition = resources.find((r) => r.name === resource);
  const columns = definition ? columnsOf(definition) : [];
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {Object.entries(changes ?? {}).filter(([field]) => !(systemColumns as readonly string[]).includes(field)).map(([field, change]) => {
        const props = { resource: resource ?? '', field, column: columns.find((c) => c.name === field), reference: definition?.references[field] };
        return (
          <Typography component="li" variant="body2" key={field}>
            {translate(`resources.${resource}.fields.${field}`, { _: field })}: <Value {...props} value={change.old} /> → <Value {...props} value={change.new} />
          </Typography>
        );
      })}
    </Box>
  );
};
