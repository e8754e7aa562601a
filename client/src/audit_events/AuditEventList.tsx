import { DataTable, FilterButton, FunctionField, List, NumberInput, TextInput, TopToolbar } from 'react-admin';
import { EnumField, JaDateTimeField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { ChangeList } from '../common/ChangeList';

const filters = [
  <EnumInput key="action" source="action" alwaysOn />,
  <TextInput key="resource" source="resource" alwaysOn />,
  <NumberInput key="record_id" source="record_id" />,
  <TextInput key="actor" source="actor" />,
];

const AuditEventList = () => (
  <List filters={filters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="created_at" field={JaDateTimeField} sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="actor" />
      <DataTable.Col source="action" field={EnumField} />
      <DataTable.Col source="resource" />
      <DataTable.Col source="record_id" />
      <DataTable.Col source="changes" disableSort>
        <FunctionField render={(event) => <ChangeList resource={event.resource} changes={event.changes} />} />
      </DataTable.Col>
      <DataTable.Col source="ip" />
    </DataTable>
  </List>
);

export default AuditEventList;
