import { DataTable, List } from 'react-admin';
import { FiscalYearField } from '../common/fields';
import { ListActions, useBulkDelete, ResponsiveTable } from '../common/list';
import { NumberCol } from '../common/columns';

const ToiletTargetList = () => (
  <List actions={<ListActions filterButton={false} />} sort={{ field: 'fiscal_year', order: 'DESC' }}>
    <ResponsiveTable secondary={<FiscalYearField source="fiscal_year" />}>
      <DataTable bulkActionButtons={useBulkDelete()}>
        <DataTable.Col source="fiscal_year" field={FiscalYearField} />
        <NumberCol source="target_percent" />
        <DataTable.Col source="note" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default ToiletTargetList;
