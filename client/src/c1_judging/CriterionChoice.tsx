import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import type { KeyboardEvent } from 'react';
import { useTranslate } from 'react-admin';
import type { Criterion } from './types';

type Props = { criterion: Criterion; index: number; value: number | undefined; onChange: (n: number) => void };

const focusGroup = (index: number) => {
  const group = document.querySelector(`[data-criterion="${index}"]`);
  const target = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
  (target ?? document.getElementById('sheet-comment'))?.focus();
};

/** One criterion as five radio choices; a number key 1–5 picks a score and moves to the next criterion. */
export const CriterionChoice = ({ criterion, index, value, onChange }: Props) => {
  const translate = useTranslate();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing || !/^[1-5]$/.test(e.key)) return;
    e.preventDefault();
    onChange(Number(e.key));
    focusGroup(index + 1);
  };
  const id = `criterion-${index}`;
  return (
    <FormControl component="fieldset" sx={{ mb: 1.5 }}>
      <FormLabel component="legend" id={id}>{`${criterion.name}（配点 ${criterion.weight}）`}</FormLabel>
      <RadioGroup row aria-labelledby={id} data-criterion={index} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} onKeyDown={onKeyDown}>
        {[1, 2, 3, 4, 5].map((n) => (
          <FormControlLabel
            key={n}
            value={n}
            control={<Radio slotProps={{ input: { 'aria-label': translate('app.c1.choice', { criterion: criterion.name, n }) } }} />}
            label={String(n)}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
};
