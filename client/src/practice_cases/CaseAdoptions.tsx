import { Box } from '@mui/material';
import {
  CreateButton, DataTable, ReferenceField, ReferenceManyField, useRecordContext,
} from 'react-admin';
import { EnumField, JaDateField } from '../common/fields';

export const CaseAdoptions = () => {
  const practiceCase = useRecordContext();
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <ReferenceManyField
        reference="practice_adoptions"
        target="practice_case_id"
        sort={{ field: 'since', order: 'DESC' }}
      >
        <DataTable bulkActionButtons={false} rowClick="edit">
          <DataTable.Col source="citizen_center_id">
            <ReferenceField source="citizen_center_id" reference="citizen_centers" link={false} />
          </DataTable.Col>
          <DataTable.Col source="since" field={JaDateField} />
          <DataTable.Col source="status" field={EnumField} />
          <DataTable.Col source="note" />
        </DataTable>
      </ReferenceManyField>
      <CreateButton
        resource="practice_adoptions"
        state={{ record: { practice_case_id: practiceCase?.id } }}
        sx={{ mt: 1 }}
      />
    </Box>
  );
};
