import { DataTable, type DataTableProps } from 'react-admin';
import { DateCol, EnumCol } from '../common/columns';
import { ReferenceCol } from '../common/list';
import { RoundLinks } from './RoundLinks';

/** Rounds with their state and the links to scoring (judges) and the ranking. */
export const RoundTable = (props: Pick<DataTableProps, 'bulkActionButtons' | 'rowClick'>) => (
  <DataTable {...props}>
    <ReferenceCol source="edition_id" reference="c1_editions" />
    <EnumCol source="kind" />
    <DateCol source="held_on" />
    <EnumCol source="status" />
    <DataTable.Col label="app.c1.actions" disableSort>
      <RoundLinks />
    </DataTable.Col>
  </DataTable>
);
