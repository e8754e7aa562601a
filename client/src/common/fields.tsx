import { Chip, Stack } from '@mui/material';
import {
  DateField, FunctionField, NumberField, SelectField, useRecordContext, useResourceContext, useTranslate,
  type DateFieldProps, type NumberFieldProps, type SelectFieldProps,
} from 'react-admin';
import { choicesFor } from './choices';
import { fiscalYearLabel } from './fiscalYear';

type SourceProps = { source: string; label?: string; sortable?: boolean };

export const EnumField = (props: Omit<SelectFieldProps, 'choices'>) => {
  const resource = useResourceContext(props)!;
  return <SelectField {...props} choices={choicesFor(resource, props.source)} />;
};

export const SetField = ({ source }: SourceProps) => {
  const resource = useResourceContext();
  const record = useRecordContext();
  const translate = useTranslate();
  const order = choicesFor(resource!, source).map((c) => c.id);
  const values = [...(record?.[source] ?? [])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {values.map((v) => (
        <Chip key={v} size="small" label={translate(`resources.${resource}.choices.${source}.${v}`)} />
      ))}
    </Stack>
  );
};

export const FiscalYearField = (props: SourceProps) => (
  <FunctionField {...props} render={(r) => (r[props.source] == null ? '' : fiscalYearLabel(r[props.source]))} />
);

const timeZone = 'Asia/Tokyo';

export const JaDateField = (props: DateFieldProps) => (
  <DateField locales="ja-JP-u-ca-japanese" options={{ era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone }} {...props} />
);

export const JaDateTimeField = (props: DateFieldProps) => (
  <DateField locales="ja-JP" showTime options={{ dateStyle: 'medium', timeStyle: 'short', timeZone }} {...props} />
);

export const YenField = (props: NumberFieldProps) => (
  <NumberField locales="ja-JP" options={{ style: 'currency', currency: 'JPY' }} {...props} />
);
