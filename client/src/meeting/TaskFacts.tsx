import { Chip, Stack, Typography } from '@mui/material';
import { FunctionField, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField, JaDateField, SetField, JaNumberField } from '../common/fields';
import { ShowSection } from '../common/Section';
import { formatNumber } from '../dashboard/FigureLink';

export const TaskFacts = () => {
  const task = useRecordContext();
  const translate = useTranslate();
  if (!task) return null;
  const hours = translate('app.dashboard.hours_unit');
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ px: 2, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h2">{task.task_code} {task.title}</Typography>
        <Chip color="primary" label={translate(`resources.request_tasks.choices.status.${task.status}`)} />
      </Stack>
      <ShowSection title="app.sections.basic" texts={[<TextField key="d" source="description" />, <TextField key="o" source="dept_opinion" />]}>
        <EnumField source="target_scope" />
        <ReferenceField source="requesting_department_id" reference="departments" link={false} />
        <EnumField source="category" />
        <EnumField source="basis_type" />
        <EnumField source="compensation_type" />
        <EnumField source="channel" />
        <JaNumberField source="burden_level" />
      </ShowSection>
      <ShowSection title="app.sections.load">
        <EnumField source="frequency" />
        <FunctionField label="resources.request_tasks.fields.annual_burden_hours" render={(t) => translate('app.meeting.burden', {
          times: formatNumber(t.times_per_year ?? 0), hours: formatNumber(t.hours_per_occurrence ?? 0),
          units: formatNumber(t.unit_count ?? 0), total: formatNumber(t.annual_burden_hours ?? 0), unit: hours,
        })} />
        <SetField source="issue_tags" />
      </ShowSection>
      <ShowSection title="app.sections.review" texts={[<TextField key="p" source="proposal" />, <TextField key="r" source="rationale" />]}>
        <EnumField source="decision" />
        <JaNumberField source="hours_saved_est" />
        <JaDateField source="effective_from" />
        <ReferenceField source="pt_session_id" reference="pt_sessions" link={false} />
      </ShowSection>
    </>
  );
};
