import { Stack } from '@mui/material';
import { BooleanInput, DateInput, SimpleForm, TextInput } from 'react-admin';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

export const DepartmentForm = () => (
  <SimpleForm validate={validateFor('departments')} sx={{ maxWidth: 720 }}>
    <TextInput source="bureau" />
    <TextInput source="section" />
    <EnumInput source="kind" />
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ columnGap: 2, width: '100%' }}>
      <DateInput source="valid_from" />
      <DateInput source="valid_to" />
    </Stack>
    <BooleanInput source="is_placeholder" />
    <TextInput source="note" multiline minRows={3} />
  </SimpleForm>
);
