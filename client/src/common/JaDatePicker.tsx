import { useRef, type ReactNode, type Ref } from 'react';
import type { SxProps, Theme } from '@mui/material';
import { format, isValid, parseISO } from 'date-fns';
import { ja } from 'date-fns/locale/ja';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { jaJP } from '@mui/x-date-pickers/locales';

export type JaDatePickerProps = {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  label: ReactNode;
  name: string;
  error?: boolean;
  helperText?: ReactNode;
  disabled?: boolean;
  readOnly?: boolean;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  sx?: SxProps<Theme>;
};

const localeText = jaJP.components.MuiLocalizationProvider.defaultProps.localeText;
const notADate = 'invalid';

/** A date typed or picked as 2027/02/23, kept as the ISO 2027-02-23 the API stores. */
const JaDatePicker = ({ value, onChange, label, name, error, helperText, disabled, readOnly, onBlur, inputRef, sx }: JaDatePickerProps) => {
  const last = useRef<{ iso: string | null; date: Date | null }>({ iso: null, date: null });
  const iso = value || null;
  if (last.current.iso !== iso) last.current = { iso, date: iso ? parseISO(iso) : null };
  const change = (date: Date | null) => {
    const next = date == null ? null : isValid(date) ? format(date, 'yyyy-MM-dd') : notADate;
    last.current = { iso: next, date };
    onChange(next);
  };
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={ja} localeText={localeText}>
      <DatePicker
        label={label} value={last.current.date} onChange={change} format="yyyy/MM/dd"
        disabled={disabled} readOnly={readOnly} inputRef={inputRef}
        slotProps={{
          calendarHeader: { format: 'yyyy年M月' },
          textField: {
            name, error, helperText, onBlur, size: 'small', variant: 'filled', margin: 'dense',
            sx: [{ minWidth: 190 }, ...(Array.isArray(sx) ? sx : [sx])],
          },
        }}
      />
    </LocalizationProvider>
  );
};

export default JaDatePicker;
