import { Box } from '@mui/material';
import { DataTable, ReferenceManyField } from 'react-admin';
import { EnumField, JaDateField } from '../common/fields';
import { westernRatio } from '../toilet_inventories/westernRatio';

export const CenterInventory = () => (
  <Box sx={{ px: 2, pb: 1 }}>
    <ReferenceManyField
      reference="toilet_inventories"
      target="citizen_center_id"
      source="citizen_center_id"
      sort={{ field: 'id', order: 'ASC' }}
    >
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="location" field={EnumField} />
        <DataTable.NumberCol source="western_count" />
        <DataTable.NumberCol source="squat_count" />
        <DataTable.Col label="resources.toilet_inventories.fields.western_ratio" render={westernRatio} align="right" />
        <DataTable.Col source="surveyed_on" field={JaDateField} />
      </DataTable>
    </ReferenceManyField>
  </Box>
);
