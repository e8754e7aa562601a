import { lazy, Suspense } from 'react';
import { TextField, type SxProps, type Theme } from '@mui/material';
import { FieldTitle, InputHelperText, useInput, useResourceContext, type InputProps } from 'react-admin';
import type { JaDatePickerProps } from './JaDatePicker';

const Picker = lazy(() => import('./JaDatePicker'));

export const DatePickerField = (props: JaDatePickerProps) => (
  <Suspense fallback={<TextField size="small" disabled label={props.label} sx={{ minWidth: 190 }} />}>
    <Picker {...props} />
  </Suspense>
);

export const DateInput = (props: InputProps & { alwaysOn?: boolean; sx?: SxProps<Theme> }) => {
  const resource = useResourceContext(props);
  const { field, fieldState, formState, isRequired } = useInput(props);
  const shown = fieldState.invalid && (fieldState.isTouched || formState.isSubmitted);
  return (
    <DatePickerField
      value={field.value} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} name={field.name}
      label={<FieldTitle label={props.label} source={props.source} resource={resource} isRequired={isRequired} />}
      error={shown} disabled={props.disabled} readOnly={props.readOnly} sx={props.sx}
      helperText={<InputHelperText error={shown ? fieldState.error?.message : undefined} helperText={props.helperText} />}
    />
  );
};
