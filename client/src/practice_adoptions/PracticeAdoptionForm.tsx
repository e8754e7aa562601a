import { Stack } from '@mui/material';
import {
  AutocompleteInput, DateInput, ReferenceInput, SimpleForm, TextInput, type RedirectionSideEffect, type SimpleFormProps,
} from 'react-admin';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const row = { direction: { xs: 'column', sm: 'row' }, sx: { columnGap: 2, width: '100%' } } as const;

export const PracticeAdoptionForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm validate={validateFor('practice_adoptions')} sx={{ maxWidth: 720 }} {...props}>
    <ReferenceInput source="practice_case_id" reference="practice_cases">
      <AutocompleteInput filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
    <ReferenceInput source="citizen_center_id" reference="citizen_centers">
      <AutocompleteInput filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
    <Stack {...row}>
      <EnumInput source="status" />
      <DateInput source="since" />
    </Stack>
    <TextInput source="note" multiline minRows={3} />
  </SimpleForm>
);

export const toPracticeCase: RedirectionSideEffect = (_resource, _id, data) =>
  `/practice_cases/${data?.practice_case_id}/show`;
