import { DataTable } from 'react-admin';
import { EnumField, JaDateField } from '../common/fields';
import { ReferenceCol } from '../common/list';

export const adoptionColumns = [
  <ReferenceCol key="citizen_center_id" source="citizen_center_id" reference="citizen_centers" />,
  <DataTable.Col key="since" source="since" field={JaDateField} />,
  <DataTable.Col key="status" source="status" field={EnumField} />,
  <DataTable.Col key="note" source="note" />,
];
