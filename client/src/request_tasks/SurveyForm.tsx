import { Alert, Box } from '@mui/material';
import { ReferenceField, SimpleForm, TextField, TextInput, useTranslate } from 'react-admin';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumField, FiscalYearField, JaDateField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { SectionTitle, ShowSection } from '../common/Section';
import { validateFor } from '../common/validate';
import { LoadInputs } from './LoadInputs';

const greyed = { width: '100%', mb: 2, bgcolor: 'action.hover', borderRadius: 1, '& .RaLabeled-label, & span': { color: 'text.secondary' } };

/** A 所管課担当's form: the task's facts read-only and greyed, as inputs only the survey answers the policy lets them change. */
const SurveyForm = (props: FormProps) => {
  const translate = useTranslate();
  return (
    <SimpleForm validate={validateFor('request_tasks')} sx={{ maxWidth: 1100 }} {...props}>
      <Alert severity="info" sx={{ mb: 2, width: '100%', boxSizing: 'border-box' }}>{translate('app.survey.hint')}</Alert>
      <Box sx={greyed} data-testid="read-only-facts">
        <ShowSection title="app.survey.facts">
          <TextField source="task_code" />
          <FiscalYearField source="fiscal_year" />
          <EnumField source="target_scope" />
          <TextField source="title" />
          <ReferenceField source="requesting_department_id" reference="departments" link={false} />
          <EnumField source="category" />
          <EnumField source="status" />
          <ReferenceField source="owner_user_id" reference="users" link={false} />
          <JaDateField source="next_action_due" />
        </ShowSection>
      </Box>
      <SectionTitle title="app.sections.basic" />
      <TextInput source="description" multiline minRows={3} />
      <SectionTitle title="app.sections.basis" />
      <FormRow>
        <EnumInput source="basis_type" />
        <EnumInput source="compensation_type" />
      </FormRow>
      <TextInput source="basis_text" multiline minRows={2} />
      <SectionTitle title="app.sections.load" />
      <LoadInputs />
    </SimpleForm>
  );
};

export default SurveyForm;
