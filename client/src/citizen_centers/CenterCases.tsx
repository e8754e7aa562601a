import { DataTable } from 'react-admin';
import { DateCol, EnumCol } from '../common/columns';
import { SetField } from '../common/fields';
import { ReferenceCol } from '../common/list';
import { RelatedSection } from '../common/RelatedSection';

/** On a centre's page: the cases it runs and the cases of other centres it took up. */
export const CenterCases = () => (
  <>
    <RelatedSection title="app.casebook.runs" reference="practice_cases" target="citizen_center_id" sort={{ field: 'case_no', order: 'DESC' }}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="case_no" />
        <DataTable.Col source="title" />
        <DataTable.Col source="themes" field={SetField} disableSort />
        <EnumCol source="status" />
      </DataTable>
    </RelatedSection>
    <RelatedSection title="app.casebook.adopted" reference="practice_adoptions" target="citizen_center_id" sort={{ field: 'since', order: 'DESC' }}>
      <DataTable bulkActionButtons={false}>
        <ReferenceCol source="practice_case_id" reference="practice_cases" link="show" />
        <DateCol source="since" />
        <EnumCol source="status" />
      </DataTable>
    </RelatedSection>
  </>
);
