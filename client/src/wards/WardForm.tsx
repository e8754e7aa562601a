import { NumberInput, SimpleForm, TextInput } from 'react-admin';
import type { FormProps } from '../common/formPages';
import { validateFor } from '../common/validate';

const WardForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('wards')} sx={{ maxWidth: 480 }} {...props}>
    <TextInput source="name" />
    <TextInput source="code" />
    <NumberInput source="sort_order" min={0} step={1} />
  </SimpleForm>
);

export default WardForm;
