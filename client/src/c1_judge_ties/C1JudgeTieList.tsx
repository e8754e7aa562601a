import { DataTable, List, ReferenceInput } from 'react-admin';
import { EnumCol } from '../common/columns';
import { EnumField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { CardLine, ListActions, Ref, ReferenceCol, ResponsiveTable, useBulkDelete } from '../common/list';

const filters = [
  <ReferenceInput key="judge_id" source="judge_id" reference="c1_judges" alwaysOn />,
  <EnumInput key="reason" source="reason" alwaysOn sx={{ minWidth: 160 }} />,
];

/** Which judge is tied to which centre: the server keeps them from scoring and seeing that centre's entries. */
const C1JudgeTieList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
    <ResponsiveTable
      primary={<Ref source="judge_id" reference="c1_judges" />}
      secondary={<CardLine><Ref source="citizen_center_id" reference="citizen_centers" /><EnumField source="reason" /></CardLine>}
    >
      <DataTable bulkActionButtons={useBulkDelete()}>
        <ReferenceCol source="judge_id" reference="c1_judges" />
        <ReferenceCol source="citizen_center_id" reference="citizen_centers" />
        <EnumCol source="reason" />
        <DataTable.Col source="note" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default C1JudgeTieList;
