import { BooleanField, DataTable, ReferenceField, Show, TextField } from 'react-admin';
import { DateCol, EnumCol, NumberCol } from '../common/columns';
import { EnumField, FiscalYearField, JaNumberField } from '../common/fields';
import { RelatedSection } from '../common/RelatedSection';
import { ShowSection } from '../common/Section';
import { inventoryColumns } from '../toilet_inventories/inventoryColumns';
import { CenterCases } from './CenterCases';
import { WesternRatio } from './WesternRatio';

const CitizenCenterShow = () => (
  <Show>
    <ShowSection title="app.sections.basic" texts={<TextField source="note" />}>
      <TextField source="name" />
      <ReferenceField source="ward_id" reference="wards" link={false} />
      <EnumField source="kind" />
      <TextField source="address" />
      <BooleanField source="is_shelter" />
      <JaNumberField source="built_year" options={{ useGrouping: false }} />
      <BooleanField source="active" />
    </ShowSection>
    <RelatedSection
      title="app.sections.inventory"
      reference="toilet_inventories"
      target="citizen_center_id"
      sort={{ field: 'id', order: 'ASC' }}
    >
      <DataTable bulkActionButtons={false}>{inventoryColumns}</DataTable>
      <WesternRatio />
    </RelatedSection>
    <RelatedSection
      title="resources.toilet_work_orders.name"
      reference="toilet_work_orders"
      target="citizen_center_id"
      sort={{ field: 'fiscal_year', order: 'DESC' }}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="order_no" />
        <DataTable.Col source="fiscal_year" field={FiscalYearField} />
        <EnumCol source="status" />
        <NumberCol source="planned_conversions" />
        <DateCol source="planned_end" />
        <DateCol source="actual_end" />
      </DataTable>
    </RelatedSection>
    <CenterCases />
  </Show>
);

export default CitizenCenterShow;
