import { DataTable } from 'react-admin';
import { EnumField, JaDateField } from '../common/fields';
import { westernRatio, type Counts } from '../common/westernRatio';

export const inventoryColumns = [
  <DataTable.Col key="location" source="location" field={EnumField} />,
  <DataTable.NumberCol key="western_count" source="western_count" />,
  <DataTable.NumberCol key="squat_count" source="squat_count" />,
  <DataTable.Col
    key="western_ratio"
    label="resources.toilet_inventories.fields.western_ratio"
    render={(inventory: Counts) => westernRatio([inventory])}
    align="right"
    disableSort
  />,
  <DataTable.Col key="surveyed_on" source="surveyed_on" field={JaDateField} />,
];
