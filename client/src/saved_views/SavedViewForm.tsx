import { BooleanInput, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { resources } from '../../../db/schema';
import type { FormProps } from '../common/formPages';
import { validateFor } from '../common/validate';

const validateView = (values: Record<string, unknown>) => {
  const { owner_user_id: _, ...errors } = validateFor('saved_views')(values);
  return errors;
};

const SavedViewForm = (props: FormProps) => {
  const translate = useTranslate();
  const choices = resources.filter((r) => !r.readOnly).map((r) => ({ id: r.name, name: translate(`resources.${r.name}.name`, { smart_count: 2 }) }));
  return (
    <SimpleForm validate={validateView} sx={{ maxWidth: 480 }} {...props}>
      <TextInput source="name" />
      <SelectInput source="resource" choices={choices} />
      <BooleanInput source="shared" />
    </SimpleForm>
  );
};

export default SavedViewForm;
