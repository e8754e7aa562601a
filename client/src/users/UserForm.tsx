import { AutocompleteInput, BooleanInput, ReferenceInput, SimpleForm, TextInput } from 'react-admin';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

export const UserForm = () => (
  <SimpleForm validate={validateFor('users')} defaultValues={{ active: true }} sx={{ maxWidth: 600 }}>
    <TextInput source="login" autoComplete="off" />
    <TextInput source="display_name" />
    <EnumInput source="role" />
    <ReferenceInput source="department_id" reference="departments" sort={{ field: 'bureau', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
    <BooleanInput source="active" />
  </SimpleForm>
);
