import { Create } from 'react-admin';
import { C1EntryForm } from './C1EntryForm';

const C1EntryCreate = () => (
  <Create redirect="list">
    <C1EntryForm defaultValues={{ status: 'draft' }} />
  </Create>
);

export default C1EntryCreate;
