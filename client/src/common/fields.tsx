import { Chip, Stack } from '@mui/material';
import {
  FunctionField, SelectField, useRecordContext, useResourceContext, useTranslate,
  type DateFieldProps, type SelectFieldProps,
} from 'react-admin';
import { choicesFor } from './choices';
import { remember } from './remember';
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
const eraDate = { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone } as const;
const dateTime = { dateStyle: 'medium', timeStyle: 'short', timeZone } as const;

const formatKey = (locales: string, options: object) => `${locales} ${JSON.stringify(options)}`;

/** Formatters made once per locale and options: making one costs a list of 50 dates about as much as drawing it. */
const dateFormat = remember(formatKey, (locales: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales, options));
const numberFormat = remember(formatKey, (locales: string, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, options));

const formatted = (value: unknown, format: Intl.DateTimeFormat) => {
  if (value == null || value === '') return '';
  const date = value instanceof Date ? value : new Date(value as string);
  return Number.isNaN(date.getTime()) ? '' : format.format(date);
};

/** A date in the Japanese era calendar (令和8年4月1日). */
export const formatDate = (value: unknown, options: Intl.DateTimeFormatOptions = eraDate) =>
  formatted(value, dateFormat('ja-JP-u-ca-japanese', options));

export const formatNumber = (value: unknown, options: Intl.NumberFormatOptions = {}) =>
  value == null || value === '' ? '' : numberFormat('ja-JP', options).format(Number(value));

type JaDateProps = Omit<DateFieldProps, 'locales' | 'showTime' | 'showDate' | 'transform'>;

export const JaDateField = ({ options, ...props }: JaDateProps) => (
  <FunctionField {...props} render={(record) => formatDate(record[props.source], options)} />
);

export const JaDateTimeField = ({ options = dateTime, ...props }: JaDateProps) => (
  <FunctionField {...props} render={(record) => formatted(record[props.source], dateFormat('ja-JP', options))} />
);

type JaNumberProps = SourceProps & { options?: Intl.NumberFormatOptions };

/** A number in Japanese notation through one formatter, where react-admin's NumberField makes one per cell. */
export const JaNumberField = ({ options, ...props }: JaNumberProps) => (
  <FunctionField {...props} render={(record) => formatNumber(record[props.source], options)} />
);

const yen = { style: 'currency', currency: 'JPY' } as const;

export const YenField = (props: SourceProps) => <JaNumberField options={yen} {...props} />;
