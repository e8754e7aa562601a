import { DataTable, List } from 'react-admin';
import { EnumField, FiscalYearField, JaDateField, SetField } from '../common/fields';
import { thisFiscalYear, todayIso } from '../common/fiscalYear';
import { ListActions, ReferenceCol, nowrap, ResponsiveTable, CardLine, Ref } from '../common/list';
import { SavedViewsButton } from '../saved_views/SavedViewsButton';
import { SurveyTemplateButton } from '../spreadsheet/SurveyTemplateButton';
import { useBulkActions } from './BulkActions';
import { hiddenByDefault, requestTaskColumns } from './columns';
import { requestTaskFilters } from './RequestTaskFilters';

const overdue = (record: { next_action_due?: string | null }) =>
  record.next_action_due && record.next_action_due < todayIso() ? { color: 'error.main', fontWeight: 'bold' } : {};

const compactDate = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;

const tableSx = {
  '& .MuiTableCell-sizeSmall': { px: 1 },
  ...nowrap(
    'task_code', 'fiscal_year', 'target_scope', 'frequency', 'channel', 'burden_level', 'status', 'decision',
    'effective_from', 'next_action_due',
  ),
  '& .RaDataTable-rowCell.column-title': { minWidth: 180 },
};

const RequestTaskList = () => (
  <List
    filters={requestTaskFilters}
    filterDefaultValues={{ fiscal_year: thisFiscalYear() }}
    actions={<ListActions><SurveyTemplateButton /><SavedViewsButton columns={requestTaskColumns} hiddenByDefault={hiddenByDefault} /></ListActions>}
    sort={{ field: 'task_code', order: 'ASC' }}
    perPage={50}
  >
    <ResponsiveTable secondary={<CardLine><EnumField source="status" /><Ref source="requesting_department_id" reference="departments" /></CardLine>}>
      <DataTable bulkActionButtons={useBulkActions()} sx={tableSx} hiddenColumns={hiddenByDefault}>
        <DataTable.Col source="task_code" />
        <DataTable.Col source="fiscal_year" field={FiscalYearField} />
        <DataTable.Col source="title" />
        <DataTable.Col source="target_scope" field={EnumField} />
        <ReferenceCol source="requesting_department_id" reference="departments" />
        <DataTable.Col source="category" field={EnumField} />
        <DataTable.Col source="basis_type" field={EnumField} />
        <DataTable.Col source="compensation_type" field={EnumField} />
        <DataTable.Col source="frequency" field={EnumField} />
        <DataTable.Col source="months" field={SetField} disableSort />
        <DataTable.Col source="channel" field={EnumField} />
        <DataTable.NumberCol source="burden_level" />
        <DataTable.NumberCol source="annual_burden_hours" />
        <DataTable.Col source="status" field={EnumField} />
        <DataTable.Col source="issue_tags" field={SetField} disableSort />
        <DataTable.Col source="decision" field={EnumField} />
        <DataTable.NumberCol source="hours_saved_est" />
        <DataTable.Col source="effective_from">
          <JaDateField source="effective_from" options={compactDate} />
        </DataTable.Col>
        <DataTable.Col source="next_action_due" cellSx={overdue}>
          <JaDateField source="next_action_due" options={compactDate} />
        </DataTable.Col>
        <ReferenceCol source="owner_user_id" reference="users" />
        <ReferenceCol source="pt_session_id" reference="pt_sessions" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default RequestTaskList;
