import { ArrayInput, NumberInput, SimpleForm, SimpleFormIterator, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { FiscalYearInput } from '../common/inputs';
import { SectionTitle } from '../common/Section';
import { validateFor } from '../common/validate';

const C1EditionForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('c1_editions')} sx={{ maxWidth: 900 }} {...props}>
    <SectionTitle title="app.sections.basic" />
    <FormRow>
      <NumberInput source="edition_no" min={1} step={1} sx={{ flex: 1 }} />
      <FiscalYearInput source="fiscal_year" sx={{ flex: 1 }} />
      <TextInput source="name" sx={{ flex: 3 }} />
    </FormRow>
    <FormRow>
      <NumberInput source="finalist_quota" min={1} max={99} step={1} sx={{ flex: 1 }} />
      <TextInput source="prize_note" sx={{ flex: 4 }} />
    </FormRow>
    <SectionTitle title="app.sections.schedule" sx={{ mt: 2 }} />
    <FormRow>
      <DateInput source="entry_open" />
      <DateInput source="entry_close" />
      <DateInput source="screening_date" />
      <DateInput source="final_date" />
    </FormRow>
    <SectionTitle title="app.sections.evaluation" sx={{ mt: 2 }} />
    <ArrayInput source="criteria">
      <SimpleFormIterator inline>
        <TextInput source="name" label="resources.c1_editions.criteria.name" helperText={false} sx={{ width: 360 }} />
        <NumberInput
          source="weight"
          label="resources.c1_editions.criteria.weight"
          min={1}
          max={100}
          step={1}
          helperText={false}
          sx={{ width: 120 }}
        />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);

export default C1EditionForm;
