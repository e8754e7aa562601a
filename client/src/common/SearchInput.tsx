import { InputAdornment, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useEffect, useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';
import { useInput, useTranslate } from 'react-admin';

type Props = { source: string; alwaysOn?: boolean };

/** The list's free-text search: nothing is sent while an IME is composing; the list debounces the rest. */
export const SearchInput = ({ source }: Props) => {
  const translate = useTranslate();
  const { field } = useInput({ source });
  const stored = field.value ?? '';
  const [text, setText] = useState(stored);
  const composing = useRef(false);
  useEffect(() => {
    if (!composing.current) setText(stored);
  }, [stored]);
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    if (!composing.current) field.onChange(event.target.value);
  };
  const compositionEnd = (event: CompositionEvent<HTMLInputElement>) => {
    composing.current = false;
    field.onChange(event.currentTarget.value);
  };
  return (
    <TextField
      name={field.name} value={text} onChange={change} onBlur={field.onBlur} inputRef={field.ref}
      hiddenLabel size="small" placeholder={translate('ra.action.search')}
      slotProps={{
        htmlInput: { 'aria-label': translate('ra.action.search'), onCompositionStart: () => (composing.current = true), onCompositionEnd: compositionEnd },
        input: { endAdornment: <InputAdornment position="end"><SearchIcon color="disabled" /></InputAdornment> },
      }}
    />
  );
};
