import { Typography } from '@mui/material';
import {
  NumberField, ReferenceField, Show, SimpleShowLayout, TextField, useTranslate,
} from 'react-admin';
import { EnumField, FiscalYearField, JaDateField, SetField, YenField } from '../common/fields';
import { ActualEndField } from './ActualEndField';
import { CenterInventory } from './CenterInventory';

const row = {
  direction: 'row', useFlexGap: true, spacing: 4, sx: { '& .RaSimpleShowLayout-stack': { flexWrap: 'wrap' } },
} as const;
const longText = { whiteSpace: 'pre-wrap' } as const;

const ToiletWorkOrderShow = () => {
  const translate = useTranslate();
  const heading = (key: string) => <Typography variant="h6" sx={{ px: 2, pt: 2 }}>{translate(key)}</Typography>;
  return (
    <Show>
      {heading('app.sections.basic')}
      <SimpleShowLayout {...row}>
        <TextField source="order_no" />
        <FiscalYearField source="fiscal_year" />
        <ReferenceField source="citizen_center_id" reference="citizen_centers" />
        <TextField source="lot_no" />
        <EnumField source="status" />
        <EnumField source="priority" />
        <SetField source="priority_reasons" />
        <EnumField source="squat_policy" />
        <NumberField source="planned_conversions" />
        <SetField source="extras" />
      </SimpleShowLayout>
      {heading('app.sections.hearing')}
      <SimpleShowLayout>
        <JaDateField source="hearing_date" />
        <TextField source="hearing_notes" sx={longText} />
      </SimpleShowLayout>
      {heading('app.sections.procurement')}
      <SimpleShowLayout {...row}>
        <EnumField source="procurement_method" />
        <EnumField source="funding_source" />
        <YenField source="estimated_price" />
        <YenField source="contract_amount" />
        <TextField source="contractor" />
      </SimpleShowLayout>
      {heading('app.sections.schedule')}
      <SimpleShowLayout {...row}>
        <JaDateField source="planned_start" />
        <JaDateField source="planned_end" />
        <NumberField source="closure_days" />
      </SimpleShowLayout>
      {heading('app.sections.construction')}
      <SimpleShowLayout {...row}>
        <JaDateField source="actual_start" />
        <ActualEndField source="actual_end" />
        <JaDateField source="inspection_date" />
        <NumberField source="western_after" />
      </SimpleShowLayout>
      {heading('app.sections.inventory')}
      <CenterInventory />
      {heading('app.sections.others')}
      <SimpleShowLayout>
        <TextField source="note" sx={longText} />
      </SimpleShowLayout>
    </Show>
  );
};

export default ToiletWorkOrderShow;
