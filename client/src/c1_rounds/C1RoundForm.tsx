import { ArrayInput, AutocompleteInput, NumberInput, ReferenceInput, SimpleForm, SimpleFormIterator, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const C1RoundForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('c1_rounds')} sx={{ maxWidth: 900 }} {...props}>
    <FormRow>
      <ReferenceInput source="edition_id" reference="c1_editions" sort={{ field: 'edition_no', order: 'DESC' }}>
        <AutocompleteInput sx={{ minWidth: 260 }} />
      </ReferenceInput>
      <EnumInput source="kind" />
      <DateInput source="held_on" />
    </FormRow>
    <ArrayInput source="criteria" helperText="空のときは開催回の審査基準で採点します">
      <SimpleFormIterator inline>
        <TextInput source="name" label="resources.c1_rounds.fields.criteria.name" helperText={false} sx={{ width: 360 }} />
        <NumberInput source="weight" label="resources.c1_rounds.fields.criteria.weight" min={1} max={100} step={1} helperText={false} sx={{ width: 120 }} />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);

export default C1RoundForm;
