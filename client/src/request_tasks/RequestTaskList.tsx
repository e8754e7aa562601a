import { DataTable, List } from 'react-admin';
import { DateCol, EnumCol, NumberCol } from '../common/columns';
import { EnumField, FiscalYearField, SetField } from '../common/fields';
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
        <EnumCol source="target_scope" />
        <ReferenceCol source="requesting_department_id" reference="departments" />
        <EnumCol source="category" />
        <EnumCol source="basis_type" />
        <EnumCol source="compensation_type" />
        <EnumCol source="frequency" />
        <DataTable.Col source="months" field={SetField} disableSort />
        <EnumCol source="channel" />
        <NumberCol source="burden_level" />
        <NumberCol source="annual_burden_hours" />
        <EnumCol source="status" />
        <DataTable.Col source="issue_tags" field={SetField} disableSort />
        <EnumCol source="decision" />
        <NumberCol source="hours_saved_est" />
        <DateCol source="effective_from" options={compactDate} />
        <DateCol source="next_action_due" options={compactDate} cellSx={overdue} />
        <ReferenceCol source="owner_user_id" reference="users" />
        <ReferenceCol source="pt_session_id" reference="pt_sessions" />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default RequestTaskList;
