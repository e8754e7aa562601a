import { Stack } from '@mui/material';
import {
  AutocompleteInput, DateInput, NumberInput, ReferenceInput, TabbedForm, TextInput, type TabbedFormProps,
} from 'react-admin';
import { FiscalYearInput, EnumInput, SetCheckboxInput } from '../common/inputs';
import { validateFor } from '../common/validate';

const row = { direction: { xs: 'column', sm: 'row' }, sx: { columnGap: 2, width: '100%' } } as const;

export const ToiletWorkOrderForm = (props: Omit<TabbedFormProps, 'children'>) => (
  <TabbedForm validate={validateFor('toilet_work_orders')} sx={{ maxWidth: 900 }} {...props}>
    <TabbedForm.Tab label="app.sections.basic">
      <Stack {...row}>
        <TextInput source="order_no" />
        <FiscalYearInput source="fiscal_year" />
        <TextInput source="lot_no" />
      </Stack>
      <ReferenceInput source="citizen_center_id" reference="citizen_centers">
        <AutocompleteInput filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
      <Stack {...row}>
        <EnumInput source="status" />
        <EnumInput source="priority" />
      </Stack>
      <SetCheckboxInput source="priority_reasons" />
      <Stack {...row}>
        <EnumInput source="squat_policy" />
        <NumberInput source="planned_conversions" min={0} max={99} step={1} />
      </Stack>
      <SetCheckboxInput source="extras" />
      <TextInput source="note" multiline minRows={3} />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.hearing" path="hearing">
      <DateInput source="hearing_date" sx={{ maxWidth: 280 }} />
      <TextInput source="hearing_notes" multiline minRows={6} />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.procurement" path="procurement">
      <Stack {...row}>
        <EnumInput source="procurement_method" />
        <EnumInput source="funding_source" />
      </Stack>
      <Stack {...row}>
        <NumberInput source="estimated_price" min={0} step={1000} />
        <NumberInput source="contract_amount" min={0} step={1000} />
      </Stack>
      <TextInput source="contractor" />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="app.sections.construction" path="construction">
      <Stack {...row}>
        <DateInput source="planned_start" />
        <DateInput source="planned_end" />
        <NumberInput source="closure_days" min={0} max={365} step={1} />
      </Stack>
      <Stack {...row}>
        <DateInput source="actual_start" />
        <DateInput source="actual_end" />
        <DateInput source="inspection_date" />
      </Stack>
      <NumberInput source="western_after" min={0} max={99} step={1} sx={{ maxWidth: 280 }} />
    </TabbedForm.Tab>
  </TabbedForm>
);
