import { BooleanInput, ReferenceInput, SimpleForm, TextInput } from 'react-admin';
import type { FormProps } from '../common/formPages';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';
import { PasswordReset } from './PasswordReset';
import { departmentOrder } from '../common/choices';

const UserForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('users')} sx={{ maxWidth: 600 }} {...props}>
    <TextInput source="login" autoComplete="off" />
    <TextInput source="display_name" />
    <EnumInput source="role" />
    <ReferenceInput source="department_id" reference="departments" sort={departmentOrder} />
    <BooleanInput source="active" />
    <PasswordReset />
  </SimpleForm>
);

export default UserForm;
