import { ReferenceInput, SimpleForm, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const PracticeAdoptionForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('practice_adoptions')} sx={{ maxWidth: 720 }} {...props}>
    <ReferenceInput source="practice_case_id" reference="practice_cases" />
    <ReferenceInput source="citizen_center_id" reference="citizen_centers" />
    <FormRow>
      <EnumInput source="status" />
      <DateInput source="since" />
    </FormRow>
    <TextInput source="note" multiline minRows={3} />
  </SimpleForm>
);

export default PracticeAdoptionForm;
