import { ArrayField, DataTable, Pagination, Show, SimpleShowLayout, TextField } from 'react-admin';
import { FiscalYearField, JaDateField, JaNumberField } from '../common/fields';
import { ReferenceCol } from '../common/list';
import { EnumCol, NumberCol } from '../common/columns';
import { RelatedSection } from '../common/RelatedSection';
import { Section, ShowSection } from '../common/Section';

const C1EditionShow = () => (
  <Show>
    <ShowSection title="app.sections.basic">
      <JaNumberField source="edition_no" />
      <FiscalYearField source="fiscal_year" />
      <TextField source="name" />
      <JaNumberField source="finalist_quota" />
      <TextField source="prize_note" />
    </ShowSection>
    <ShowSection title="app.sections.schedule">
      <JaDateField source="entry_open" />
      <JaDateField source="entry_close" />
      <JaDateField source="screening_date" />
      <JaDateField source="final_date" />
    </ShowSection>
    <Section title="app.sections.evaluation">
      <SimpleShowLayout>
        <ArrayField source="criteria" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false} sx={{ maxWidth: 480 }}>
            <DataTable.Col source="name" label="resources.c1_editions.criteria.name" disableSort />
            <NumberCol source="weight" label="resources.c1_editions.criteria.weight" disableSort />
          </DataTable>
        </ArrayField>
      </SimpleShowLayout>
    </Section>
    <RelatedSection
      title="resources.c1_entries.name"
      reference="c1_entries"
      target="edition_id"
      sort={{ field: 'entry_no', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination />}
    >
      <DataTable bulkActionButtons={false}>
        <NumberCol source="entry_no" />
        <ReferenceCol source="citizen_center_id" reference="citizen_centers" />
        <DataTable.Col source="title" />
        <EnumCol source="status" />
        <EnumCol source="award" />
      </DataTable>
    </RelatedSection>
  </Show>
);

export default C1EditionShow;
