import {
  AutocompleteInput, BooleanField, BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, List,
  NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput, TopToolbar,
} from 'react-admin';
import { EnumField } from '../common/fields';
import { EnumInput } from '../common/inputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="ward_id"
    source="ward_id"
    reference="wards"
    sort={{ field: 'sort_order', order: 'ASC' }}
    alwaysOn
  >
    <AutocompleteInput filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <EnumInput key="kind" source="kind" />,
  <NullableBooleanInput key="is_shelter" source="is_shelter" />,
  <NullableBooleanInput key="active" source="active" />,
];

const CitizenCenterListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const CitizenCenterList = () => (
  <List filters={filters} actions={<CitizenCenterListActions />} sort={{ field: 'ward_id', order: 'ASC' }} perPage={50}>
    <DataTable rowClick="show" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <DataTable.Col source="name" />
      <DataTable.Col source="ward_id">
        <ReferenceField source="ward_id" reference="wards" link={false} />
      </DataTable.Col>
      <DataTable.Col source="kind" field={EnumField} />
      <DataTable.Col source="address" />
      <DataTable.Col source="is_shelter" field={BooleanField} />
      <DataTable.NumberCol source="built_year" options={{ useGrouping: false }} />
      <DataTable.Col source="active" field={BooleanField} />
    </DataTable>
  </List>
);

export default CitizenCenterList;
