import { DataTable, List, ReferenceInput } from 'react-admin';
import { EnumCol } from '../common/columns';
import { SearchInput } from '../common/SearchInput';
import { EnumField, SetField } from '../common/fields';
import { EnumInput, SetInput } from '../common/inputs';
import { ListActions, useBulkDelete, nowrap, ResponsiveTable, CardLine } from '../common/list';
import { CasebookButton } from '../casebook/CasebookButton';
import { CenterOrWardField } from './CenterOrWardField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SetInput key="themes" source="themes" alwaysOn />,
  <EnumInput key="status" source="status" alwaysOn />,
  <EnumInput key="lead_org_type" source="lead_org_type" />,
  <ReferenceInput key="ward_id" source="ward_id" reference="wards" sort={{ field: 'sort_order', order: 'ASC' }} />,
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" />,
  <EnumInput key="transferability" source="transferability" />,
  <EnumInput key="found_via" source="found_via" />,
];

const BulkActions = () => <><CasebookButton />{useBulkDelete()}</>;

const PracticeCaseList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'case_no', order: 'DESC' }} perPage={25}>
    <ResponsiveTable secondary={<CardLine><EnumField source="status" /><CenterOrWardField link={false} /></CardLine>}>
      <DataTable
        sx={nowrap('case_no', 'status')}
        bulkActionButtons={<BulkActions />}
        hiddenColumns={['lead_org_type', 'found_via']}
      >
        <DataTable.Col source="case_no" />
        <DataTable.Col source="title" />
        <DataTable.Col
          source="citizen_center_id"
          label="resources.practice_cases.fields.place"
          field={CenterOrWardField}
        />
        <EnumCol source="lead_org_type" />
        <DataTable.Col source="themes" field={SetField} disableSort />
        <EnumCol source="status" />
        <EnumCol source="transferability" />
        <EnumCol source="found_via" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default PracticeCaseList;
