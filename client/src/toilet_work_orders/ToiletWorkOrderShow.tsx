import { ReferenceField, Show, TextField, TopToolbar } from 'react-admin';
import { EditIfAllowed } from '../common/EditGuard';
import { EnumField, FiscalYearField, JaDateField, SetField, YenField, JaNumberField } from '../common/fields';
import { ShowSection } from '../common/Section';
import { ActualEndField } from './ActualEndField';
import { CenterInventory } from './CenterInventory';
import { MoveButtons } from '../workflow/MoveButtons';
import { Timeline } from '../workflow/Timeline';

const actions = (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <MoveButtons />
    <EditIfAllowed />
  </TopToolbar>
);

const ToiletWorkOrderShow = () => (
  <Show actions={actions}>
    <ShowSection title="app.sections.basic">
      <TextField source="order_no" />
      <FiscalYearField source="fiscal_year" />
      <ReferenceField source="citizen_center_id" reference="citizen_centers" />
      <TextField source="lot_no" />
      <EnumField source="status" />
      <EnumField source="held_from" />
      <TextField source="hold_reason" />
      <TextField source="cancel_reason" />
      <EnumField source="priority" />
      <SetField source="priority_reasons" />
      <EnumField source="squat_policy" />
      <JaNumberField source="planned_conversions" />
      <SetField source="extras" />
    </ShowSection>
    <ShowSection title="app.sections.hearing" texts={<TextField source="hearing_notes" />}>
      <JaDateField source="hearing_date" />
    </ShowSection>
    <ShowSection title="app.sections.procurement">
      <EnumField source="procurement_method" />
      <EnumField source="funding_source" />
      <YenField source="estimated_price" />
      <YenField source="contract_amount" />
      <TextField source="contractor" />
    </ShowSection>
    <ShowSection title="app.sections.schedule">
      <JaDateField source="planned_start" />
      <JaDateField source="planned_end" />
      <JaNumberField source="closure_days" />
    </ShowSection>
    <ShowSection title="app.sections.construction">
      <JaDateField source="actual_start" />
      <ActualEndField source="actual_end" />
      <JaDateField source="inspection_date" />
      <JaNumberField source="western_after" />
    </ShowSection>
    <CenterInventory />
    <Timeline />
    <ShowSection title="app.sections.others" texts={<TextField source="note" />} />
  </Show>
);

export default ToiletWorkOrderShow;
