import { Edit } from 'react-admin';
import { UserForm } from './UserForm';

const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <UserForm />
  </Edit>
);

export default UserEdit;
