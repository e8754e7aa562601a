import { Typography } from '@mui/material';
import {
  ArrayField, DataTable, NumberField, Show, SimpleShowLayout, TextField, useTranslate,
} from 'react-admin';
import { FiscalYearField, JaDateField } from '../common/fields';
import { EditionEntries } from './EditionEntries';

const row = {
  direction: 'row', useFlexGap: true, spacing: 4, sx: { '& .RaSimpleShowLayout-stack': { flexWrap: 'wrap' } },
} as const;

const C1EditionShow = () => {
  const translate = useTranslate();
  const heading = (key: string) => (
    <Typography variant="h6" sx={{ px: 2, pt: 2 }}>{translate(key, { smart_count: 2 })}</Typography>
  );
  return (
    <Show>
      {heading('app.sections.basic')}
      <SimpleShowLayout {...row}>
        <NumberField source="edition_no" />
        <FiscalYearField source="fiscal_year" />
        <TextField source="name" />
        <NumberField source="finalist_quota" />
        <TextField source="prize_note" />
      </SimpleShowLayout>
      {heading('app.sections.schedule')}
      <SimpleShowLayout {...row}>
        <JaDateField source="entry_open" />
        <JaDateField source="entry_close" />
        <JaDateField source="screening_date" />
        <JaDateField source="final_date" />
      </SimpleShowLayout>
      {heading('app.sections.evaluation')}
      <SimpleShowLayout>
        <ArrayField source="criteria" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false} sx={{ maxWidth: 480 }}>
            <DataTable.Col source="name" label="resources.c1_editions.criteria.name" disableSort />
            <DataTable.NumberCol source="weight" label="resources.c1_editions.criteria.weight" disableSort />
          </DataTable>
        </ArrayField>
      </SimpleShowLayout>
      {heading('resources.c1_entries.name')}
      <EditionEntries />
    </Show>
  );
};

export default C1EditionShow;
