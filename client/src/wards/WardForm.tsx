import { NumberInput, SimpleForm, TextInput } from 'react-admin';
import { validateFor } from '../common/validate';

export const WardForm = () => (
  <SimpleForm validate={validateFor('wards')} sx={{ maxWidth: 480 }}>
    <TextInput source="name" />
    <TextInput source="code" />
    <NumberInput source="sort_order" min={0} step={1} />
  </SimpleForm>
);
