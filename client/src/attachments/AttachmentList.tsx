import { Link } from '@mui/material';
import { BooleanField, DataTable, FilterButton, FunctionField, List, TextField, TopToolbar, useTranslate } from 'react-admin';
import { EnumCol } from '../common/columns';
import { SearchInput } from '../common/SearchInput';
import { EnumField, JaDateTimeField } from '../common/fields';
import { SetInput } from '../common/inputs';
import { CardLine, ResponsiveTable } from '../common/list';
import { fileUrl, sizeText, type Attachment } from './api';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SetInput key="kind" source="kind" />];

const Owner = () => {
  const translate = useTranslate();
  return (
    <FunctionField<Attachment> source="record_id" render={(a) => (
      <Link href={`#/${a.resource}/${a.record_id}/show`}>{translate(`resources.${a.resource}.name`, { smart_count: 1 })} ID {a.record_id}</Link>
    )} />
  );
};

const FileLink = () => (
  <FunctionField<Attachment> source="file_name" render={(a) => <Link href={fileUrl(a.id, 'content')}>{a.file_name}</Link>} />
);

/** Every attachment the person may read, with the record it belongs to. */
const AttachmentList = () => (
  <List filters={filters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <ResponsiveTable primary={<FileLink />} secondary={<CardLine><EnumField source="kind" /><Owner /></CardLine>}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="created_at" field={JaDateTimeField} />
        <DataTable.Col source="file_name"><FileLink /></DataTable.Col>
        <EnumCol source="kind" />
        <DataTable.Col source="record_id" label="resources.attachments.fields.resource"><Owner /></DataTable.Col>
        <DataTable.Col source="caption" field={TextField} />
        <DataTable.Col source="alt_text" field={TextField} />
        <DataTable.Col source="consent" field={BooleanField} />
        <DataTable.Col source="size" render={(a: Attachment) => sizeText(a.size)} />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default AttachmentList;
