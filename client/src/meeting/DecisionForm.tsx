import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useNotify, useTranslate, type RaRecord } from 'react-admin';
import { hoursSaved } from '../../../db/burden';
import { enums } from '../../../db/schema';
import { DatePickerField } from '../common/DateInput';
import { thisFiscalYear } from '../common/fiscalYear';
import { formatNumber } from '../dashboard/FigureLink';
import { moveRecord, problemOf } from '../workflow/api';

export const outcomes = enums.decision.filter((d) => d !== 'undecided');

type Props = { task: RaRecord; note: string; decision: string | null; onDecision: (d: string) => void; onDecided: () => void };

const composing = (event: KeyboardEvent) => event.nativeEvent.isComposing || event.keyCode === 229;

export const DecisionForm = ({ task, note, decision, onDecision, onDecided }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const [rationale, setRationale] = useState(task.rationale ?? '');
  const [effectiveFrom, setEffectiveFrom] = useState(task.effective_from ?? `${thisFiscalYear() + 1}-04-01`);
  const [decidedBy, setDecidedBy] = useState(task.decided_by ?? 'pt');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (decision) rationaleRef.current?.focus();
  }, [decision]);
  const submit = async () => {
    try {
      await moveRecord('request_tasks', task.id, { to: 'decided', version: task.version, note, decision, rationale, effective_from: effectiveFrom, decided_by: decidedBy });
    } catch (error) {
      const problem = problemOf(error);
      setErrors(problem.errors ?? {});
      notify(problem.message, { type: 'error' });
      return;
    }
    notify('app.meeting.recorded', { type: 'success', messageArgs: { task: task.task_code } });
    onDecided();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || composing(event)) return;
    event.preventDefault();
    void submit();
  };
  const { times_per_year, hours_per_occurrence, unit_count, reduction_rate } = task;
  const saved = decision ? hoursSaved({ times_per_year, hours_per_occurrence, unit_count, reduction_rate, decision }) : null;
  const status = (s: string) => translate(`resources.request_tasks.choices.${s}`);
  return (
    <Stack spacing={2} component="form" aria-label={translate('app.meeting.decide')} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <ToggleButtonGroup exclusive value={decision} onChange={(_, d) => d && onDecision(d)} size="small" sx={{ flexWrap: 'wrap' }}>
        {outcomes.map((d, i) => <ToggleButton key={d} value={d}>{i + 1} {status(`decision.${d}`)}</ToggleButton>)}
      </ToggleButtonGroup>
      {errors.decision && <Typography color="error" variant="body2">{errors.decision}</Typography>}
      {saved != null && <Typography variant="body2">{translate('app.meeting.saved_preview', { hours: formatNumber(saved) })}</Typography>}
      <TextField
        inputRef={rationaleRef} name="rationale" label={translate('resources.request_tasks.fields.rationale')} value={rationale}
        onChange={(e) => setRationale(e.target.value)} onKeyDown={onKeyDown} multiline minRows={2} required
        error={!!errors.rationale} helperText={errors.rationale ?? translate('app.meeting.enter_hint')}
      />
      <Stack direction="row" spacing={2}>
        <DatePickerField name="effective_from" label={translate('resources.request_tasks.fields.effective_from')} value={effectiveFrom}
          onChange={(v) => setEffectiveFrom(v ?? '')} error={!!errors.effective_from} helperText={errors.effective_from} />
        <TextField select name="decided_by" label={translate('resources.request_tasks.fields.decided_by')} value={decidedBy}
          onChange={(e) => setDecidedBy(e.target.value)} sx={{ minWidth: 160 }}>
          {enums.decided_by.map((d) => <MenuItem key={d} value={d}>{status(`decided_by.${d}`)}</MenuItem>)}
        </TextField>
      </Stack>
      <Button type="submit" variant="contained" sx={{ alignSelf: 'flex-start' }}>{translate('app.meeting.decide')}</Button>
    </Stack>
  );
};
