import {
  AutocompleteInput, BulkDeleteButton, ColumnsButton, CreateButton, DataTable, FilterButton, List, NumberInput,
  ReferenceField, ReferenceInput, TopToolbar,
} from 'react-admin';
import { EnumField, JaDateField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { westernRatio } from './westernRatio';

const filters = [
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" alwaysOn>
    <AutocompleteInput filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <EnumInput key="location" source="location" alwaysOn />,
  <NumberInput key="squat_count_gte" source="squat_count_gte" min={0} step={1} />,
];

const ToiletInventoryListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ColumnsButton />
    <CreateButton />
  </TopToolbar>
);

const ToiletInventoryList = () => (
  <List
    filters={filters}
    actions={<ToiletInventoryListActions />}
    sort={{ field: 'citizen_center_id', order: 'ASC' }}
    perPage={25}
  >
    <DataTable rowClick="edit" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <DataTable.Col source="citizen_center_id">
        <ReferenceField source="citizen_center_id" reference="citizen_centers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="location" field={EnumField} />
      <DataTable.NumberCol source="western_count" />
      <DataTable.NumberCol source="squat_count" />
      <DataTable.Col
        label="resources.toilet_inventories.fields.western_ratio"
        render={westernRatio}
        align="right"
        disableSort
      />
      <DataTable.Col source="surveyed_on" field={JaDateField} />
    </DataTable>
  </List>
);

export default ToiletInventoryList;
