import { Box } from '@mui/material';
import { DataTable, ReferenceManyField } from 'react-admin';
import { Section } from '../common/Section';
import { inventoryColumns } from '../toilet_inventories/inventoryColumns';

export const CenterInventory = () => (
  <Section title="app.sections.inventory">
    <Box sx={{ px: 2 }}>
      <ReferenceManyField
        reference="toilet_inventories"
        target="citizen_center_id"
        source="citizen_center_id"
        sort={{ field: 'id', order: 'ASC' }}
      >
        <DataTable bulkActionButtons={false}>
          {inventoryColumns}
        </DataTable>
      </ReferenceManyField>
    </Box>
  </Section>
);
