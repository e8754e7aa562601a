import { DataTable, type DataTableProps } from 'react-admin';
import { EnumField, JaDateField } from '../common/fields';
import { ReferenceCol } from '../common/list';
import { RoundLinks } from './RoundLinks';

/** Rounds with their state and the links to scoring (judges) and the ranking. */
export const RoundTable = (props: Pick<DataTableProps, 'bulkActionButtons' | 'rowClick'>) => (
  <DataTable {...props}>
    <ReferenceCol source="edition_id" reference="c1_editions" />
    <DataTable.Col source="kind" field={EnumField} />
    <DataTable.Col source="held_on" field={JaDateField} />
    <DataTable.Col source="status" field={EnumField} />
    <DataTable.Col label="app.c1.actions" disableSort>
      <RoundLinks />
    </DataTable.Col>
  </DataTable>
);
