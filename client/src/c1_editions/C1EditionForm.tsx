import { Stack, Typography } from '@mui/material';
import {
  ArrayInput, DateInput, NumberInput, SimpleForm, SimpleFormIterator, TextInput, useTranslate, type SimpleFormProps,
} from 'react-admin';
import { FiscalYearInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const row = { direction: { xs: 'column', sm: 'row' }, sx: { columnGap: 2, width: '100%' } } as const;

export const C1EditionForm = (props: Omit<SimpleFormProps, 'children'>) => {
  const translate = useTranslate();
  return (
    <SimpleForm validate={validateFor('c1_editions')} sx={{ maxWidth: 900 }} {...props}>
      <Typography variant="h6">{translate('app.sections.basic')}</Typography>
      <Stack {...row}>
        <NumberInput source="edition_no" min={1} step={1} sx={{ flex: 1 }} />
        <FiscalYearInput source="fiscal_year" sx={{ flex: 1 }} />
        <TextInput source="name" sx={{ flex: 3 }} />
      </Stack>
      <Stack {...row}>
        <NumberInput source="finalist_quota" min={1} max={99} step={1} sx={{ flex: 1 }} />
        <TextInput source="prize_note" sx={{ flex: 4 }} />
      </Stack>
      <Typography variant="h6" sx={{ mt: 2 }}>{translate('app.sections.schedule')}</Typography>
      <Stack {...row}>
        <DateInput source="entry_open" />
        <DateInput source="entry_close" />
        <DateInput source="screening_date" />
        <DateInput source="final_date" />
      </Stack>
      <Typography variant="h6" sx={{ mt: 2 }}>{translate('app.sections.evaluation')}</Typography>
      <ArrayInput source="criteria">
        <SimpleFormIterator inline>
          <TextInput source="name" label="resources.c1_editions.criteria.name" helperText={false} sx={{ width: 360 }} />
          <NumberInput
            source="weight"
            label="resources.c1_editions.criteria.weight"
            min={1}
            max={100}
            step={1}
            helperText={false}
            sx={{ width: 120 }}
          />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
