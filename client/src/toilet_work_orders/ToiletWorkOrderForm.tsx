import { NumberInput, ReferenceInput, TabbedForm, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import type { FormProps } from '../common/formPages';
import { FormRow } from '../common/FormRow';
import { EnumInput, FiscalYearInput, SetCheckboxInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const ToiletWorkOrderForm = (props: FormProps) => (
  <TabbedForm validate={validateFor('toilet_work_orders')} sx={{ maxWidth: 900 }} {...props}>
    <TabbedForm.Tab label="app.sections.basic">
      <FormRow>
        <TextInput source="order_no" />
        <FiscalYearInput source="fiscal_year" />
        <TextInput source="lot_no" />
      </FormRow>
      <ReferenceInput source="citizen_center_id" reference="citizen_centers" />
      <FormRow>
        <EnumInput source="status" readOnly helperText="app.workflow.status_hint" />
        <EnumInput source="priority" />
      </FormRow>
      <SetCheckboxInput source="priority_reasons" />
      <FormRow>
        <EnumInput source="squat_policy" />
        <NumberInput source="planned_conversions" min={0} max={99} step={1} />
      </FormRow>
      <SetCheckboxInput source="extras" />
      <TextInput source="note" multiline minRows={3} />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.hearing" path="hearing">
      <DateInput source="hearing_date" sx={{ maxWidth: 280 }} />
      <TextInput source="hearing_notes" multiline minRows={6} />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.procurement" path="procurement">
      <FormRow>
        <EnumInput source="procurement_method" />
        <EnumInput source="funding_source" />
      </FormRow>
      <FormRow>
        <NumberInput source="estimated_price" min={0} step={1000} />
        <NumberInput source="contract_amount" min={0} step={1000} />
      </FormRow>
      <TextInput source="contractor" />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.construction" path="construction">
      <FormRow>
        <DateInput source="planned_start" />
        <DateInput source="planned_end" />
        <NumberInput source="closure_days" min={0} max={365} step={1} />
      </FormRow>
      <FormRow>
        <DateInput source="actual_start" />
        <DateInput source="actual_end" />
        <DateInput source="inspection_date" />
      </FormRow>
      <NumberInput source="western_after" min={0} max={99} step={1} sx={{ maxWidth: 280 }} />
    </TabbedForm.Tab>
  </TabbedForm>
);

export default ToiletWorkOrderForm;
