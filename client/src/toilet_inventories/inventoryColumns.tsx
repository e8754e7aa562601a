import { DataTable } from 'react-admin';
import { DateCol, EnumCol, NumberCol } from '../common/columns';
import { westernRatio, type Counts } from '../common/westernRatio';

export const inventoryColumns = [
  <EnumCol key="location" source="location" />,
  <NumberCol key="western_count" source="western_count" />,
  <NumberCol key="squat_count" source="squat_count" />,
  <DataTable.Col
    key="western_ratio"
    label="resources.toilet_inventories.fields.western_ratio"
    render={(inventory: Counts) => westernRatio([inventory])}
    align="right"
    disableSort
  />,
  <DateCol key="surveyed_on" source="surveyed_on" />,
];
