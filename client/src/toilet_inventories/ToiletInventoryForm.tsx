import { NumberInput, ReferenceInput, SimpleForm } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const ToiletInventoryForm = (props: FormProps) => (
  <SimpleForm validate={validateFor('toilet_inventories')} sx={{ maxWidth: 720 }} {...props}>
    <ReferenceInput source="citizen_center_id" reference="citizen_centers" />
    <FormRow>
      <EnumInput source="location" />
      <DateInput source="surveyed_on" />
    </FormRow>
    <FormRow>
      <NumberInput source="western_count" min={0} max={99} step={1} />
      <NumberInput source="squat_count" min={0} max={99} step={1} />
    </FormRow>
  </SimpleForm>
);

export default ToiletInventoryForm;
