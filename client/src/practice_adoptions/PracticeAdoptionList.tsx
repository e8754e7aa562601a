import { DataTable, List, ReferenceInput } from 'react-admin';
import { EnumInput } from '../common/inputs';
import { ListActions, ReferenceCol, useBulkDelete, nowrap, ResponsiveTable, CardLine, Ref } from '../common/list';
import { adoptionColumns } from './adoptionColumns';
import { EnumField } from '../common/fields';

const filters = [
  <ReferenceInput key="practice_case_id" source="practice_case_id" reference="practice_cases" alwaysOn />,
  <ReferenceInput key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" alwaysOn />,
  <EnumInput key="status" source="status" alwaysOn />,
];

const caseName = <Ref source="practice_case_id" reference="practice_cases" />;
const centerAndStatus = (
  <CardLine><Ref source="citizen_center_id" reference="citizen_centers" /><EnumField source="status" /></CardLine>
);

const PracticeAdoptionList = () => (
  <List filters={filters} actions={<ListActions />} sort={{ field: 'since', order: 'DESC' }} perPage={25}>
    <ResponsiveTable primary={caseName} secondary={centerAndStatus}>
      <DataTable sx={nowrap('citizen_center_id', 'since', 'status')} bulkActionButtons={useBulkDelete()}>
        <ReferenceCol source="practice_case_id" reference="practice_cases" link="show" />
        {adoptionColumns}
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default PracticeAdoptionList;
