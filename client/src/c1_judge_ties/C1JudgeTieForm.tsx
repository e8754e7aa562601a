import { AutocompleteInput, ReferenceInput, SimpleForm, TextInput } from 'react-admin';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const C1JudgeTieForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('c1_judge_ties')} sx={{ maxWidth: 900 }} {...props}>
    <FormRow>
      <ReferenceInput source="judge_id" reference="c1_judges">
        <AutocompleteInput sx={{ minWidth: 260 }} />
      </ReferenceInput>
      <ReferenceInput source="citizen_center_id" reference="citizen_centers">
        <AutocompleteInput sx={{ minWidth: 260 }} />
      </ReferenceInput>
      <EnumInput source="reason" />
    </FormRow>
    <TextInput source="note" multiline minRows={2} />
  </SimpleForm>
);

export default C1JudgeTieForm;
