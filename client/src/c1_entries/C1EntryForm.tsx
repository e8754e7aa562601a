import { AutocompleteInput, NumberInput, ReferenceInput, TabbedForm, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput, SetInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const C1EntryForm = (props: FormProps) => (
  <TabbedForm validate={validateFor('c1_entries')} sx={{ maxWidth: 900 }} {...props}>
    <TabbedForm.Tab label="app.sections.basic">
      <FormRow>
        <ReferenceInput source="edition_id" reference="c1_editions" sort={{ field: 'edition_no', order: 'DESC' }}>
          <AutocompleteInput sx={{ flex: 2 }} />
        </ReferenceInput>
        <NumberInput source="entry_no" min={1} max={9999} step={1} sx={{ flex: 1 }} />
        <DateInput source="submitted_on" sx={{ flex: 1 }} />
      </FormRow>
      <FormRow>
        <ReferenceInput source="citizen_center_id" reference="citizen_centers" />
        <EnumInput source="presenter_role" />
      </FormRow>
      <TextInput source="title" />
      <SetInput source="themes" />
      <EnumInput source="status" sx={{ maxWidth: 280 }} />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.content" path="content">
      <TextInput source="local_issue" multiline minRows={3} />
      <TextInput source="proposal" multiline minRows={4} />
      <TextInput source="plan" multiline minRows={4} />
      <NumberInput source="budget_requested" min={0} step={1000} sx={{ maxWidth: 280 }} />
      <TextInput source="expected_outcomes" multiline minRows={3} />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.result" path="result">
      <FormRow>
        <EnumInput source="award" />
        <NumberInput source="prize_amount" min={0} step={1000} />
      </FormRow>
      <ReferenceInput source="practice_case_id" reference="practice_cases" />
    </TabbedForm.Tab>
  </TabbedForm>
);

export default C1EntryForm;
