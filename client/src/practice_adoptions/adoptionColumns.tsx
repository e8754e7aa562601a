import { DataTable } from 'react-admin';
import { DateCol, EnumCol } from '../common/columns';
import { ReferenceCol } from '../common/list';

export const adoptionColumns = [
  <ReferenceCol key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" />,
  <DateCol key="since" source="since" />,
  <EnumCol key="status" source="status" />,
  <DataTable.Col key="note" source="note" />,
];
