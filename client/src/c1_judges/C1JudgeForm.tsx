import { AutocompleteInput, ReferenceInput, SimpleForm, TextInput } from 'react-admin';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput, SetCheckboxInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const C1JudgeForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('c1_judges')} sx={{ maxWidth: 900 }} {...props}>
    <ReferenceInput source="edition_id" reference="c1_editions" sort={{ field: 'edition_no', order: 'DESC' }}>
      <AutocompleteInput />
    </ReferenceInput>
    <FormRow>
      <TextInput source="display_name" helperText="例: 審査員A（有識者）。実名ではなく役割で表します" sx={{ flex: 2 }} />
      <EnumInput source="kind" sx={{ flex: 1 }} />
    </FormRow>
    <SetCheckboxInput source="rounds" />
    <ReferenceInput source="user_id" reference="users" filter={{ role: 'judge' }}>
      <AutocompleteInput helperText="審査員用のログインアカウント（役割「審査員」）" />
    </ReferenceInput>
  </SimpleForm>
);

export default C1JudgeForm;
