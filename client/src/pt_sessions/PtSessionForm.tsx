import { NumberInput, SimpleForm, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { FiscalYearInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const PtSessionForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('pt_sessions')} sx={{ maxWidth: 720 }} {...props}>
    <FormRow>
      <FiscalYearInput source="fiscal_year" />
      <NumberInput source="session_no" min={1} step={1} />
      <DateInput source="held_on" />
    </FormRow>
    <TextInput source="name" />
    <TextInput source="note" multiline minRows={3} />
  </SimpleForm>
);

export default PtSessionForm;
