import { AutocompleteInput, DateInput, ReferenceInput, SearchInput } from 'react-admin';
import { EnumInput, FiscalYearInput, SetInput } from '../common/inputs';

const wide = { minWidth: 220 };

export const requestTaskFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <FiscalYearInput key="fiscal_year" source="fiscal_year" alwaysOn />,
  <EnumInput key="target_scope" source="target_scope" alwaysOn />,
  <SetInput key="status" source="status" alwaysOn sx={wide} />,
  <ReferenceInput key="requesting_department_id" source="requesting_department_id" reference="departments">
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
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
  <DateInput key="next_action_due_lte" source="next_action_due_lte" />,
];
