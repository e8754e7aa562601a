import { DateInput, NumberInput, TextInput } from 'react-admin';
import { EnumInput, SetCheckboxInput } from '../common/inputs';
import { FormRow } from '../common/FormRow';

export const ReviewInputs = () => (
  <>
    <FormRow>
      <EnumInput source="status" />
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
    <NumberInput source="hours_saved_est" min={0} sx={{ maxWidth: 280 }} />
  </>
);
