import { NumberInput, ReferenceInput, TabbedForm, TextInput } from 'react-admin';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput, SetInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const PracticeCaseForm = (props: FormProps) => (
  <TabbedForm validate={validateFor('practice_cases')} sx={{ maxWidth: 900 }} {...props}>
    <TabbedForm.Tab label="app.sections.basic">
      <FormRow>
        <TextInput source="case_no" sx={{ flex: 1 }} />
        <TextInput source="title" sx={{ flex: 3 }} />
      </FormRow>
      <FormRow>
        <ReferenceInput source="citizen_center_id" reference="citizen_centers" />
        <ReferenceInput source="ward_id" reference="wards" sort={{ field: 'sort_order', order: 'ASC' }} />
      </FormRow>
      <FormRow>
        <EnumInput source="lead_org_type" />
        <EnumInput source="status" readOnly helperText="app.workflow.status_hint" />
        <EnumInput source="found_via" />
      </FormRow>
      <SetInput source="themes" />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.content" path="content">
      <TextInput source="local_issue" multiline minRows={3} />
      <TextInput source="activities" multiline minRows={4} />
      <TextInput source="partners" multiline minRows={2} />
      <TextInput source="key_point_1" />
      <TextInput source="key_point_2" />
      <TextInput source="key_point_3" />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.evaluation" path="evaluation">
      <FormRow>
        <NumberInput source="started_year" min={1950} max={2100} step={1} />
        <NumberInput source="participants_per_year" min={0} step={1} />
        <NumberInput source="yearly_cost" min={0} step={1000} />
      </FormRow>
      <TextInput source="outcomes" multiline minRows={4} />
      <EnumInput source="transferability" sx={{ maxWidth: 280 }} />
    </TabbedForm.Tab>
  </TabbedForm>
);

export default PracticeCaseForm;
