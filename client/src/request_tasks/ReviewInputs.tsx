import { NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { EnumInput, SetCheckboxInput } from '../common/inputs';
import { FormRow } from '../common/FormRow';

export const ReviewInputs = () => (
  <>
    <FormRow>
      <EnumInput source="status" readOnly helperText="app.workflow.status_hint" />
      <TextInput source="hold_reason" />
    </FormRow>
    <SetCheckboxInput source="issue_tags" row />
    <FormRow>
      <EnumInput source="decision" />
      <EnumInput source="decided_by" />
      <DateInput source="decided_on" />
      <DateInput source="effective_from" />
    </FormRow>
    <TextInput source="proposal" multiline minRows={3} />
    <TextInput source="rationale" multiline minRows={3} />
    <FormRow>
      <NumberInput source="reduction_rate" min={0} max={100} step={5} helperText="app.workflow.rate_hint" />
      <ReferenceInput source="pt_session_id" reference="pt_sessions" sort={{ field: 'held_on', order: 'DESC' }}>
        <SelectInput />
      </ReferenceInput>
    </FormRow>
  </>
);
