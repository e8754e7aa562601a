import { BooleanInput, NumberInput, TextInput } from 'react-admin';
import { EnumInput, SetCheckboxInput } from '../common/inputs';
import { FormRow } from '../common/FormRow';

export const LoadInputs = () => (
  <>
    <FormRow>
      <EnumInput source="frequency" />
      <NumberInput source="times_per_year" min={0} max={400} step={0.01} />
      <NumberInput source="unit_count" min={0} step={1} />
      <NumberInput source="hours_per_occurrence" min={0} step={0.5} />
    </FormRow>
    <SetCheckboxInput source="months" row />
    <FormRow>
      <EnumInput source="channel" />
      <NumberInput source="burden_level" min={1} max={5} step={1} />
      <BooleanInput source="handles_personal_data" sx={{ flexShrink: 0 }} />
    </FormRow>
    <TextInput source="dept_opinion" multiline minRows={2} />
  </>
);
