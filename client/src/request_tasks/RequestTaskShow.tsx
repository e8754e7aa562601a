import {
  BooleanField, DateField, FunctionField, NumberField, ReferenceField, Show, TextField,
} from 'react-admin';
import { EnumField, FiscalYearField, JaDateField, SetField } from '../common/fields';
import { ShowSection } from '../common/Section';

type Load = { times_per_year: number | null; hours_per_occurrence: number | null; unit_count: number | null };

const annualHours = ({ times_per_year: t, hours_per_occurrence: h, unit_count: u }: Load) =>
  t == null || h == null || u == null ? '' : (t * h * u).toLocaleString('ja-JP', { maximumFractionDigits: 1 });

const RequestTaskShow = () => (
  <Show>
    <ShowSection title="app.sections.basic" texts={<TextField source="description" />}>
      <TextField source="task_code" />
      <FiscalYearField source="fiscal_year" />
      <EnumField source="target_scope" />
      <TextField source="title" />
      <ReferenceField source="requesting_department_id" reference="departments" />
      <EnumField source="category" />
      <ReferenceField source="owner_user_id" reference="users" link={false} />
      <JaDateField source="next_action_due" />
    </ShowSection>
    <ShowSection title="app.sections.basis" texts={<TextField source="basis_text" />}>
      <EnumField source="basis_type" />
      <EnumField source="compensation_type" />
    </ShowSection>
    <ShowSection title="app.sections.load">
      <EnumField source="frequency" />
      <NumberField source="times_per_year" />
      <SetField source="months" />
      <NumberField source="unit_count" />
      <NumberField source="hours_per_occurrence" />
      <FunctionField<Load> label="resources.request_tasks.fields.annual_burden_hours" render={annualHours} />
      <EnumField source="channel" />
      <NumberField source="burden_level" />
      <BooleanField source="handles_personal_data" />
    </ShowSection>
    <ShowSection
      title="app.sections.review"
      texts={[<TextField key="proposal" source="proposal" />, <TextField key="rationale" source="rationale" />]}
    >
      <EnumField source="status" />
      <TextField source="hold_reason" />
      <SetField source="issue_tags" />
      <EnumField source="decision" />
      <EnumField source="decided_by" />
      <JaDateField source="decided_on" />
      <JaDateField source="effective_from" />
      <NumberField source="hours_saved_est" />
    </ShowSection>
    <ShowSection title="app.sections.others">
      <DateField source="created_at" showTime locales="ja-JP" />
      <DateField source="updated_at" showTime locales="ja-JP" />
    </ShowSection>
  </Show>
);

export default RequestTaskShow;
