import { List, ReferenceInput } from 'react-admin';
import { EnumField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { ListActions, ResponsiveTable, useBulkDelete } from '../common/list';
import { RoundTable } from './RoundTable';

const filters = [
  <ReferenceInput key="edition_id" source="edition_id" reference="c1_editions" sort={{ field: 'edition_no', order: 'DESC' }} alwaysOn />,
  <EnumInput key="status" source="status" alwaysOn sx={{ minWidth: 160 }} />,
];

const C1RoundList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'DESC' }}>
    <ResponsiveTable secondary={<EnumField source="status" />}>
      <RoundTable bulkActionButtons={useBulkDelete()} />
    </ResponsiveTable>
  </List>
);

export default C1RoundList;
