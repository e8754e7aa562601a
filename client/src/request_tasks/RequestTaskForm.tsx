import {
  AutocompleteInput, DateInput, ReferenceInput, TabbedForm, TextInput,
} from 'react-admin';
import { EnumInput, FiscalYearInput } from '../common/inputs';
import { validateFor } from '../common/validate';
import { FormRow } from './FormRow';
import { LoadInputs } from './LoadInputs';
import { ReviewInputs } from './ReviewInputs';
import { thisFiscalYear } from './calendar';

const defaultValues = () => ({
  fiscal_year: thisFiscalYear(),
  status: 'not_started',
  months: [],
  issue_tags: [],
  handles_personal_data: false,
});

export const RequestTaskForm = () => (
  <TabbedForm validate={validateFor('request_tasks')} defaultValues={defaultValues} sx={{ maxWidth: 1100 }}>
    <TabbedForm.Tab label="app.sections.basic">
      <FormRow>
        <TextInput source="task_code" />
        <FiscalYearInput source="fiscal_year" />
        <EnumInput source="target_scope" />
      </FormRow>
      <TextInput source="title" />
      <FormRow>
        <ReferenceInput source="requesting_department_id" reference="departments">
          <AutocompleteInput filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
        <EnumInput source="category" />
      </FormRow>
      <TextInput source="description" multiline minRows={3} />
      <FormRow>
        <ReferenceInput source="owner_user_id" reference="users">
          <AutocompleteInput filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
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
