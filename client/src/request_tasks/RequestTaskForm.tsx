import { ReferenceInput, TabbedForm, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput, FiscalYearInput } from '../common/inputs';
import { validateFor } from '../common/validate';
import { LoadInputs } from './LoadInputs';
import { ReviewInputs } from './ReviewInputs';
import { departmentOrder } from '../common/choices';

const RequestTaskForm = (props: FormProps) => (
  <TabbedForm validate={validateFor('request_tasks')} sx={{ maxWidth: 1100 }} {...props}>
    <TabbedForm.Tab label="app.sections.basic">
      <FormRow>
        <TextInput source="task_code" />
        <FiscalYearInput source="fiscal_year" />
        <EnumInput source="target_scope" />
      </FormRow>
      <TextInput source="title" />
      <FormRow>
        <ReferenceInput source="requesting_department_id" reference="departments" sort={departmentOrder} />
        <EnumInput source="category" />
      </FormRow>
      <TextInput source="description" multiline minRows={3} />
      <FormRow>
        <ReferenceInput source="owner_user_id" reference="users" />
        <DateInput source="next_action_due" />
      </FormRow>
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.basis">
      <FormRow>
        <EnumInput source="basis_type" />
        <EnumInput source="compensation_type" />
      </FormRow>
      <TextInput source="basis_text" multiline minRows={2} />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.load">
      <LoadInputs />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.review">
      <ReviewInputs />
    </TabbedForm.Tab>
  </TabbedForm>
);

export default RequestTaskForm;
