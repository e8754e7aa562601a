import { Stack, Typography } from '@mui/material';
import {
  AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SimpleForm, TextInput, useTranslate,
} from 'react-admin';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

export const CitizenCenterForm = () => {
  const translate = useTranslate();
  return (
    <SimpleForm validate={validateFor('citizen_centers')} defaultValues={{ active: true }} sx={{ maxWidth: 800 }}>
      <Typography variant="h6" color="primary">{translate('app.sections.basic')}</Typography>
      <TextInput source="name" />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ columnGap: 2, width: '100%' }}>
        <ReferenceInput source="ward_id" reference="wards" sort={{ field: 'sort_order', order: 'ASC' }}>
          <AutocompleteInput filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
        <EnumInput source="kind" />
      </Stack>
      <TextInput source="address" />
      <Typography variant="h6" color="primary" sx={{ mt: 2 }}>{translate('app.sections.others')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ columnGap: 2, alignItems: { sm: 'center' }, width: '100%' }}>
        <NumberInput source="built_year" min={1900} max={2100} step={1} />
        <BooleanInput source="is_shelter" sx={{ flexShrink: 0 }} />
        <BooleanInput source="active" sx={{ flexShrink: 0 }} />
      </Stack>
      <TextInput source="note" multiline minRows={3} />
    </SimpleForm>
  );
};
