import { DataTable, FilterButton, FunctionField, List, NumberInput, ReferenceField, SelectInput, TextInput, TopToolbar, useTranslate, type RaRecord } from 'react-admin';
import { EnumCol } from '../common/columns';
import { resources } from '../../../db/schema';
import { ChangeList } from '../common/ChangeList';
import { JaDateTimeField } from '../common/fields';
import { EnumInput } from '../common/inputs';
import { nowrap } from '../common/list';
import { requestText } from './requestText';

const resourceChoices = resources.map((r) => ({ id: r.name, name: `resources.${r.name}.name` }));

const filters = [
  <EnumInput key="action" source="action" alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="resource" source="resource" choices={resourceChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <NumberInput key="record_id" source="record_id" />,
  <TextInput key="actor" source="actor" />,
];

const ResourceName = () => {
  const translate = useTranslate();
  return <FunctionField render={(e: RaRecord) => (e.resource ? translate(`resources.${e.resource}.name`, { smart_count: 1, _: e.resource }) : '')} />;
};

const Target = () => (
  <FunctionField render={(e: RaRecord) => (e.resource && e.record_id != null
    ? <ReferenceField record={e} source="record_id" reference={e.resource} link="show" empty={`ID ${e.record_id}`} />
    : null)} />
);

const Changes = () => {
  const translate = useTranslate();
  return (
    <FunctionField render={(e: RaRecord) => (e.action === 'denied' && e.changes?.request
      ? `${translate('app.audit.request')}: ${requestText(String(e.changes.request.new), translate)}`
      : <ChangeList resource={e.resource} changes={e.changes} />)} />
  );
};

const AuditEventList = () => (
  <List filters={filters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <DataTable bulkActionButtons={false} rowClick={false} sx={{ ...nowrap('created_at', 'actor', 'action', 'resource', 'record_id', 'ip'), '& .column-changes': { minWidth: 360 } }}>
      <DataTable.Col source="created_at" field={JaDateTimeField} />
      <DataTable.Col source="actor" />
      <EnumCol source="action" />
      <DataTable.Col source="resource"><ResourceName /></DataTable.Col>
      <DataTable.Col source="record_id"><Target /></DataTable.Col>
      <DataTable.Col source="changes" disableSort><Changes /></DataTable.Col>
      <DataTable.Col source="ip" />
    </DataTable>
  </List>
);

export default AuditEventList;
