import { BooleanInput, NumberInput, SimpleForm, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const DepartmentForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('departments')} sx={{ maxWidth: 720 }} {...props}>
    <TextInput source="bureau" />
    <TextInput source="section" />
    <FormRow>
      <EnumInput source="kind" />
      <NumberInput source="sort_order" min={0} max={9999} step={1} />
    </FormRow>
    <FormRow>
      <DateInput source="valid_from" />
      <DateInput source="valid_to" />
    </FormRow>
    <BooleanInput source="is_placeholder" />
    <TextInput source="note" multiline minRows={3} />
  </SimpleForm>
);

export default DepartmentForm;
