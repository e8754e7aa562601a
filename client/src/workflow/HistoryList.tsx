import { DataTable, FilterButton, List, ReferenceField, TextField, TopToolbar } from 'react-admin';
import { EnumCol } from '../common/columns';
import { DateInput } from '../common/DateInput';
import { EnumField, JaDateTimeField } from '../common/fields';
import { SetInput } from '../common/inputs';
import { ResponsiveTable, CardLine, Ref } from '../common/list';

const filters = [
  <SetInput key="to_status" source="to_status" alwaysOn sx={{ minWidth: 220 }} />,
  <DateInput key="created_at_gte" source="created_at_gte" />,
];

const moveAndTime = <CardLine><EnumField source="to_status" /><JaDateTimeField source="created_at" /></CardLine>;

/** The history list of a workflow resource: one row per move of its records (`source` → `reference`). */
export const HistoryList = ({ source, reference }: { source: string; reference: string }) => (
  <List filters={filters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <ResponsiveTable primary={<Ref source={source} reference={reference} />} secondary={moveAndTime}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="created_at" field={JaDateTimeField} />
        <DataTable.Col source={source}>
          <ReferenceField source={source} reference={reference} link="show" />
        </DataTable.Col>
        <EnumCol source="from_status" />
        <EnumCol source="to_status" />
        <DataTable.Col source="note" field={TextField} />
        <DataTable.Col source="actor" />
      </DataTable>
    </ResponsiveTable>
  </List>
);
