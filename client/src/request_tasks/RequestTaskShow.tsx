import {
  BooleanField, ReferenceField, Show, TextField, TopToolbar,
} from 'react-admin';
import { EditIfAllowed } from '../common/EditGuard';
import { EnumField, FiscalYearField, JaDateField, SetField, JaDateTimeField, JaNumberField } from '../common/fields';
import { ShowSection } from '../common/Section';
import { MoveButtons } from '../workflow/MoveButtons';
import { Timeline } from '../workflow/Timeline';

const actions = (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <MoveButtons />
    <EditIfAllowed />
  </TopToolbar>
);

const RequestTaskShow = () => (
  <Show actions={actions}>
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
    <ShowSection title="app.sections.load" texts={<TextField source="dept_opinion" />}>
      <EnumField source="frequency" />
      <JaNumberField source="times_per_year" />
      <SetField source="months" />
      <JaNumberField source="unit_count" />
      <JaNumberField source="hours_per_occurrence" />
      <JaNumberField source="annual_burden_hours" />
      <EnumField source="channel" />
      <JaNumberField source="burden_level" />
      <BooleanField source="handles_personal_data" />
    </ShowSection>
    <ShowSection
      title="app.sections.review"
      texts={[<TextField key="proposal" source="proposal" />, <TextField key="rationale" source="rationale" />]}
    >
      <EnumField source="status" />
      <EnumField source="held_from" />
      <TextField source="hold_reason" />
      <SetField source="issue_tags" />
      <EnumField source="decision" />
      <EnumField source="decided_by" />
      <JaDateField source="decided_on" />
      <JaDateField source="effective_from" />
      <JaNumberField source="reduction_rate" />
      <JaNumberField source="hours_saved_est" />
      <ReferenceField source="pt_session_id" reference="pt_sessions" link={false} />
    </ShowSection>
    <Timeline />
    <ShowSection title="app.sections.others">
      <JaDateTimeField source="created_at" />
      <JaDateTimeField source="updated_at" />
    </ShowSection>
  </Show>
);

export default RequestTaskShow;
