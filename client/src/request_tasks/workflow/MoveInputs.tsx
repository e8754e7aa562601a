import { Fragment, type ReactElement } from 'react';
import { NumberInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../../common/DateInput';
import { useFieldAccess } from '../../common/access';
import { EnumInput } from '../../common/inputs';
import type { Target } from './moves';

const wide = { minWidth: 260 };

const inputs: Record<string, (validate?: ReturnType<typeof required>) => ReactElement> = {
  decision: (v) => <EnumInput source="decision" validate={v} sx={wide} />,
  decided_by: (v) => <EnumInput source="decided_by" validate={v} sx={wide} />,
  effective_from: (v) => <DateInput source="effective_from" validate={v} />,
  decided_on: (v) => <DateInput source="decided_on" validate={v} />,
  reduction_rate: (v) => <NumberInput source="reduction_rate" min={0} max={100} validate={v} helperText="app.workflow.rate_hint" />,
  rationale: (v) => <TextInput source="rationale" multiline minRows={2} validate={v} />,
  proposal: (v) => <TextInput source="proposal" multiline minRows={2} validate={v} />,
  hold_reason: (v) => <TextInput source="hold_reason" validate={v} />,
  pt_session_id: (v) => (
    <ReferenceInput source="pt_session_id" reference="pt_sessions" sort={{ field: 'held_on', order: 'DESC' }}>
      <SelectInput validate={v} sx={wide} />
    </ReferenceInput>
  ),
  next_action_due: (v) => <DateInput source="next_action_due" validate={v} />,
};

export const MoveInputs = ({ target, bulk = false }: { target: Target; bulk?: boolean }) => {
  const { writable } = useFieldAccess('request_tasks');
  const fields = target.fields.filter((f) => inputs[f] && writable(f));
  return (
    <>
      {fields.map((f) => <Fragment key={f}>{inputs[f](!bulk && target.required.includes(f) ? required() : undefined)}</Fragment>)}
      <TextInput source="note" label="app.workflow.note" multiline minRows={2} validate={target.noteRequired ? required() : undefined} />
    </>
  );
};
