import { DataTable, FilterButton, List, ReferenceField, TextField, TopToolbar } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { EnumField, JaDateTimeField } from '../common/fields';
import { SetInput } from '../common/inputs';
import { CardLine, Ref, ResponsiveTable } from '../common/list';

const filters = [
  <SetInput key="to_status" source="to_status" alwaysOn sx={{ minWidth: 220 }} />,
  <DateInput key="created_at_gte" source="created_at_gte" />,
];

const moveAndTime = <CardLine><EnumField source="to_status" /><JaDateTimeField source="created_at" /></CardLine>;

/** The list of a workflow's history table: every move of every record, newest first; `keyField` names the moved record. */
export const HistoryList = ({ keyField, reference }: { keyField: string; reference: string }) => (
  <List filters={filters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <ResponsiveTable primary={<Ref source={keyField} reference={reference} />} secondary={moveAndTime}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="created_at" field={JaDateTimeField} />
        <DataTable.Col source={keyField}>
          <ReferenceField source={keyField} reference={reference} link="show" />
        </DataTable.Col>
        <DataTable.Col source="from_status" field={EnumField} />
        <DataTable.Col source="to_status" field={EnumField} />
        <DataTable.Col source="note" field={TextField} />
        <DataTable.Col source="actor" />
      </DataTable>
    </ResponsiveTable>
  </List>
);
