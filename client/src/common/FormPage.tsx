import type { ComponentType } from 'react';
import { Create, Edit, useResourceContext } from 'react-admin';
import { defaultsFor } from './defaults';
import type { FormProps, PageOptions } from './formPages';

type Props = PageOptions & { form: ComponentType<FormProps> };

export const CreatePage = ({ form: Form, redirect = 'list', defaults }: Props) => {
  const resource = useResourceContext()!;
  return (
    <Create redirect={redirect}>
      <Form defaultValues={{ ...defaultsFor(resource), ...defaults?.() }} />
    </Create>
  );
};

export const EditPage = ({ form: Form, redirect = 'list' }: Props) => (
  <Edit mutationMode="pessimistic" redirect={redirect}>
    <Form />
  </Edit>
);
