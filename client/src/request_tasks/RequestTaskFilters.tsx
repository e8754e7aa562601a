import {
  AutocompleteArrayInput, AutocompleteInput, NumberInput, ReferenceArrayInput, ReferenceInput, SelectInput,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { SearchInput } from '../common/SearchInput';
import { departmentOrder } from '../common/choices';
import { FiscalPeriodInput } from '../common/FiscalPeriodInput';
import { EnumInput, FiscalYearInput, SetInput } from '../common/inputs';

const wide = { minWidth: 220 };

export const requestTaskFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <FiscalYearInput key="fiscal_year" source="fiscal_year" alwaysOn />,
  <EnumInput key="target_scope" source="target_scope" alwaysOn />,
  <SetInput key="status" source="status" alwaysOn sx={wide} />,
  <FiscalPeriodInput key="effective_from_period" source="effective_from" label="app.periods.effective_from" alwaysOn />,
  <FiscalPeriodInput key="next_action_due_period" source="next_action_due" label="app.periods.next_action_due" alwaysOn />,
  <ReferenceArrayInput key="requesting_department_id" source="requesting_department_id" reference="departments" sort={departmentOrder} perPage={100}>
    <AutocompleteArrayInput sx={{ minWidth: 280 }} />
  </ReferenceArrayInput>,
  <SetInput key="category" source="category" sx={wide} />,
  <SetInput key="decision" source="decision" sx={wide} />,
  <EnumInput key="basis_type" source="basis_type" />,
  <EnumInput key="compensation_type" source="compensation_type" />,
  <SetInput key="channel" source="channel" sx={wide} />,
  <SetInput key="months" source="months" sx={wide} />,
  <SetInput key="issue_tags" source="issue_tags" sx={wide} />,
  <ReferenceInput key="owner_user_id" source="owner_user_id" reference="users">
    <AutocompleteInput sx={wide} />
  </ReferenceInput>,
  <ReferenceInput key="pt_session_id" source="pt_session_id" reference="pt_sessions" sort={{ field: 'held_on', order: 'DESC' }}>
    <SelectInput sx={wide} />
  </ReferenceInput>,
  <NumberInput key="annual_burden_hours_gte" source="annual_burden_hours_gte" min={0} />,
  <NumberInput key="hours_saved_est_gte" source="hours_saved_est_gte" min={0} />,
  <DateInput key="next_action_due_lt" source="next_action_due_lt" />,
  <DateInput key="next_action_due_lte" source="next_action_due_lte" />,
  <DateInput key="effective_from_gt" source="effective_from_gt" />,
];
