import type { ReactElement } from 'react';
import { BooleanField, FunctionField, ReferenceField, Show, TextField, TopToolbar, useResourceContext } from 'react-admin';
import type { Column } from '../../../db/columns';
import { columnsOf } from '../../../db/columns';
import type { Resource } from '../../../db/schema';
import { Attachments } from '../attachments/Attachments';
import { useFieldAccess } from './access';
import { resourceNamed } from './choices';
import { EditIfAllowed } from './EditGuard';
import { EnumField, FiscalYearField, JaDateField, JaDateTimeField, SetField, JaNumberField } from './fields';
import { ShowSection } from './Section';

const longText = (c: Column) => c.kind === 'text' && (c.max ?? 0) > 200;

const fieldFor = (resource: Resource, { name, kind, fiscalYear }: Column): ReactElement => {
  const reference = resource.references[name];
  if (reference) return <ReferenceField key={name} source={name} reference={reference} />;
  if (fiscalYear) return <FiscalYearField key={name} source={name} />;
  if (kind === 'enum') return <EnumField key={name} source={name} />;
  if (kind === 'set') return <SetField key={name} source={name} />;
  if (kind === 'date') return <JaDateField key={name} source={name} />;
  if (kind === 'boolean') return <BooleanField key={name} source={name} />;
  if (kind === 'integer' || kind === 'number') return <JaNumberField key={name} source={name} />;
  if (kind === 'json') return <FunctionField key={name} source={name} render={(r) => JSON.stringify(r[name] ?? null)} />;
  return <TextField key={name} source={name} />;
};

/** The read view of a resource without a bespoke one: every field the person may read, from the schema registry. */
const RecordShow = () => {
  const resource = resourceNamed(useResourceContext()!);
  const { readable } = useFieldAccess();
  const columns = columnsOf(resource).filter((c) => readable(c.name) && !resource.internal.includes(c.name));
  return (
    <Show actions={<TopToolbar><EditIfAllowed /></TopToolbar>}>
      <ShowSection title="app.sections.basic" texts={columns.some(longText) && columns.filter(longText).map((c) => fieldFor(resource, c))}>
        {columns.filter((c) => !longText(c)).map((c) => fieldFor(resource, c))}
      </ShowSection>
      {resource.attachments && <Attachments />}
      <ShowSection title="app.sections.others">
        <JaDateTimeField source="created_at" />
        <JaDateTimeField source="updated_at" />
      </ShowSection>
    </Show>
  );
};

export default RecordShow;
