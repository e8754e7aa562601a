import { BooleanField, DataTable, List, NullableBooleanInput, ReferenceInput } from 'react-admin';
import { SearchInput } from '../common/SearchInput';
import { EnumField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { ListActions, ReferenceCol, useBulkDelete, ResponsiveTable, CardLine, Ref } from '../common/list';
import { EnumCol, NumberCol } from '../common/columns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="ward_id"
    source="ward_id"
    reference="wards"
    sort={{ field: 'sort_order', order: 'ASC' }}
    alwaysOn
  />,
  <EnumInput key="kind" source="kind" />,
  <NullableBooleanInput key="is_shelter" source="is_shelter" />,
  <NullableBooleanInput key="active" source="active" />,
];

const CitizenCenterList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'ward_id', order: 'ASC' }} perPage={50}>
    <ResponsiveTable secondary={<CardLine><Ref source="ward_id" reference="wards" /><EnumField source="kind" /></CardLine>}>
      <DataTable bulkActionButtons={useBulkDelete()}>
        <DataTable.Col source="name" />
        <ReferenceCol source="ward_id" reference="wards" />
        <EnumCol source="kind" />
        <DataTable.Col source="address" />
        <DataTable.Col source="is_shelter" field={BooleanField} />
        <NumberCol source="built_year" options={{ useGrouping: false }} />
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default CitizenCenterList;
