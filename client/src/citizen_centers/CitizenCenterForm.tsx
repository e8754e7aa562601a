import { BooleanInput, NumberInput, ReferenceInput, SimpleForm, TextInput } from 'react-admin';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput } from '../common/inputs';
import { SectionTitle } from '../common/Section';
import { validateFor } from '../common/validate';

const CitizenCenterForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('citizen_centers')} sx={{ maxWidth: 800 }} {...props}>
    <SectionTitle title="app.sections.basic" />
    <TextInput source="name" />
    <FormRow>
      <ReferenceInput source="ward_id" reference="wards" sort={{ field: 'sort_order', order: 'ASC' }} />
      <EnumInput source="kind" />
    </FormRow>
    <TextInput source="address" />
    <SectionTitle title="app.sections.others" sx={{ mt: 2 }} />
    <FormRow>
      <NumberInput source="built_year" min={1900} max={2100} step={1} />
      <BooleanInput source="is_shelter" sx={{ flexShrink: 0 }} />
      <BooleanInput source="active" sx={{ flexShrink: 0 }} />
    </FormRow>
    <TextInput source="note" multiline minRows={3} />
  </SimpleForm>
);

export default CitizenCenterForm;
