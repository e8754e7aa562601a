import { Stack } from '@mui/material';
import {
  AutocompleteInput, DateInput, NumberInput, ReferenceInput, SimpleForm, type SimpleFormProps,
} from 'react-admin';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const row = { direction: { xs: 'column', sm: 'row' }, sx: { columnGap: 2, width: '100%' } } as const;

export const ToiletInventoryForm = (props: Omit<SimpleFormProps, 'children'>) => (
  <SimpleForm validate={validateFor('toilet_inventories')} sx={{ maxWidth: 720 }} {...props}>
    <ReferenceInput source="citizen_center_id" reference="citizen_centers">
      <AutocompleteInput filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
    <Stack {...row}>
      <EnumInput source="location" />
      <DateInput source="surveyed_on" />
    </Stack>
    <Stack {...row}>
      <NumberInput source="western_count" min={0} max={99} step={1} />
      <NumberInput source="squat_count" min={0} max={99} step={1} />
    </Stack>
  </SimpleForm>
);
