import { Fragment, type ReactElement } from 'react';
import {
  BooleanInput, NumberInput, ReferenceInput, required, SelectInput, TextInput, useResourceContext,
} from 'react-admin';
import { columnsOf } from '../../../db/columns';
import { resourceNamed } from '../../../db/schema';
import { DateInput } from '../common/DateInput';
import { useFieldAccess } from '../common/access';
import { EnumInput, SetInput } from '../common/inputs';
import type { Target } from './moves';

type Validate = ReturnType<typeof required> | undefined;
const wide = { minWidth: 260 };

const special: Record<string, (validate: Validate) => ReactElement> = {
  reduction_rate: (v) => <NumberInput source="reduction_rate" min={0} max={100} validate={v} helperText="app.workflow.rate_hint" />,
  pt_session_id: (v) => (
    <ReferenceInput source="pt_session_id" reference="pt_sessions" sort={{ field: 'held_on', order: 'DESC' }}>
      <SelectInput validate={v} sx={wide} />
    </ReferenceInput>
  ),
};

/** The input a move asks for, chosen from the field's type in the schema registry. */
const inputFor = (resource: string, source: string, v: Validate): ReactElement | null => {
  if (special[source]) return special[source](v);
  const definition = resourceNamed(resource)!;
  const reference = definition.references[source];
  if (reference) return <ReferenceInput source={source} reference={reference}><SelectInput validate={v} sx={wide} /></ReferenceInput>;
  const column = columnsOf(definition).find((c) => c.name === source);
  switch (column?.kind) {
    case 'enum': return <EnumInput source={source} validate={v} sx={wide} />;
    case 'set': return <SetInput source={source} validate={v} sx={wide} />;
    case 'date': return <DateInput source={source} validate={v} />;
    case 'integer': case 'number': return <NumberInput source={source} validate={v} />;
    case 'boolean': return <BooleanInput source={source} validate={v} />;
    case 'text': return <TextInput source={source} validate={v} {...((column.max ?? 0) > 200 && { multiline: true, minRows: 2 })} />;
    default: return null;
  }
};

export const MoveInputs = ({ target, bulk = false }: { target: Target; bulk?: boolean }) => {
  const resource = useResourceContext()!;
  const { writable } = useFieldAccess(resource);
  const fields = target.fields.filter(writable);
  return (
    <>
      {fields.map((f) => <Fragment key={f}>{inputFor(resource, f, !bulk && target.required.includes(f) ? required() : undefined)}</Fragment>)}
      <TextInput source="note" label="app.workflow.note" multiline minRows={2} validate={target.noteRequired ? required() : undefined} />
    </>
  );
};
