import { ArrayField, DataTable, NumberField, Pagination, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField, FiscalYearField, JaDateField } from '../common/fields';
import { ReferenceCol } from '../common/list';
import { RelatedSection } from '../common/RelatedSection';
import { Section, ShowSection } from '../common/Section';

const C1EditionShow = () => (
  <Show>
    <ShowSection title="app.sections.basic">
      <NumberField source="edition_no" />
      <FiscalYearField source="fiscal_year" />
      <TextField source="name" />
      <NumberField source="finalist_quota" />
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
            <DataTable.NumberCol source="weight" label="resources.c1_editions.criteria.weight" disableSort />
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
        <DataTable.NumberCol source="entry_no" />
        <ReferenceCol source="citizen_center_id" reference="citizen_centers" />
        <DataTable.Col source="title" />
        <DataTable.Col source="status" field={EnumField} />
        <DataTable.Col source="award" field={EnumField} />
      </DataTable>
    </RelatedSection>
  </Show>
);

export default C1EditionShow;
