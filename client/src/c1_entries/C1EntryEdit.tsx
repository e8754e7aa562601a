import { Edit } from 'react-admin';
import { C1EntryForm } from './C1EntryForm';

const C1EntryEdit = () => (
  <Edit mutationMode="pessimistic">
    <C1EntryForm />
  </Edit>
);

export default C1EntryEdit;
