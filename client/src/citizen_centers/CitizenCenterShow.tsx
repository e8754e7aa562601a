import {
  BooleanField, DataTable, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, useTranslate,
} from 'react-admin';
import { EnumField, FiscalYearField, JaDateField } from '../common/fields';
import { RelatedSection } from './RelatedSection';
import { WesternRatio } from './WesternRatio';

const wrapRow = { '& .RaSimpleShowLayout-stack': { flexWrap: 'wrap' } };

const CitizenCenterShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout direction="row" useFlexGap spacing={4} sx={wrapRow}>
        <TextField source="name" />
        <ReferenceField source="ward_id" reference="wards" link={false} />
        <EnumField source="kind" />
        <TextField source="address" />
        <BooleanField source="is_shelter" />
        <NumberField source="built_year" options={{ useGrouping: false }} />
        <BooleanField source="active" />
      </SimpleShowLayout>
      <SimpleShowLayout>
        <TextField source="note" sx={{ whiteSpace: 'pre-wrap' }} />
      </SimpleShowLayout>
      <RelatedSection
        title={translate('app.sections.inventory')}
        reference="toilet_inventories"
        sort={{ field: 'id', order: 'ASC' }}
      >
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="location" field={EnumField} />
          <DataTable.NumberCol source="western_count" />
          <DataTable.NumberCol source="squat_count" />
          <DataTable.Col source="surveyed_on" field={JaDateField} />
        </DataTable>
        <WesternRatio />
      </RelatedSection>
      <RelatedSection
        title={translate('resources.toilet_work_orders.name', { smart_count: 2 })}
        reference="toilet_work_orders"
        sort={{ field: 'fiscal_year', order: 'DESC' }}
      >
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="order_no" />
          <DataTable.Col source="fiscal_year" field={FiscalYearField} />
          <DataTable.Col source="status" field={EnumField} />
          <DataTable.NumberCol source="planned_conversions" />
          <DataTable.Col source="planned_end" field={JaDateField} />
          <DataTable.Col source="actual_end" field={JaDateField} />
        </DataTable>
      </RelatedSection>
    </Show>
  );
};

export default CitizenCenterShow;
