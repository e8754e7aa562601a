import { NumberInput, SimpleForm, TextInput } from 'react-admin';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { FiscalYearInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const ToiletTargetForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('toilet_targets')} sx={{ maxWidth: 720 }} {...props}>
    <FormRow>
      <FiscalYearInput source="fiscal_year" />
      <NumberInput source="target_percent" min={0} max={100} step={1} />
    </FormRow>
    <TextInput source="note" multiline minRows={2} />
  </SimpleForm>
);

export default ToiletTargetForm;
