import { Box } from '@mui/material';
import {
  CreateButton, DataTable, Pagination, ReferenceField, ReferenceManyField, useRecordContext,
} from 'react-admin';
import { EnumField } from '../common/fields';

export const EditionEntries = () => {
  const edition = useRecordContext();
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <ReferenceManyField
        reference="c1_entries"
        target="edition_id"
        sort={{ field: 'entry_no', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination />}
      >
        <DataTable bulkActionButtons={false} rowClick="edit">
          <DataTable.NumberCol source="entry_no" />
          <DataTable.Col source="citizen_center_id">
            <ReferenceField source="citizen_center_id" reference="citizen_centers" link={false} />
          </DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="status" field={EnumField} />
          <DataTable.Col source="award" field={EnumField} />
        </DataTable>
      </ReferenceManyField>
      <CreateButton resource="c1_entries" state={{ record: { edition_id: edition?.id } }} sx={{ mt: 1 }} />
    </Box>
  );
};
