import {
  AutocompleteInput, BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, List, ReferenceField,
  ReferenceInput, TopToolbar,
} from 'react-admin';
import { EnumField, JaDateField } from '../common/fields';
import { EnumInput } from '../common/inputs';

const nowrap = { '& .column-citizen_center_id, & .column-since, & .column-status': { whiteSpace: 'nowrap' } };

const filters = [
  <ReferenceInput key="practice_case_id" source="practice_case_id" reference="practice_cases" alwaysOn>
    <AutocompleteInput filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" alwaysOn>
    <AutocompleteInput filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <EnumInput key="status" source="status" alwaysOn />,
];

const PracticeAdoptionListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const PracticeAdoptionList = () => (
  <List
    filters={filters}
    actions={<PracticeAdoptionListActions />}
    sort={{ field: 'since', order: 'DESC' }}
    perPage={25}
  >
    <DataTable sx={nowrap} rowClick="edit" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <DataTable.Col source="practice_case_id">
        <ReferenceField source="practice_case_id" reference="practice_cases" link="show" />
      </DataTable.Col>
      <DataTable.Col source="citizen_center_id">
        <ReferenceField source="citizen_center_id" reference="citizen_centers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="since" field={JaDateField} />
      <DataTable.Col source="status" field={EnumField} />
      <DataTable.Col source="note" />
    </DataTable>
  </List>
);

export default PracticeAdoptionList;
