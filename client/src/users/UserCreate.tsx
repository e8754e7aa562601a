import { Create } from 'react-admin';
import { UserForm } from './UserForm';

const UserCreate = () => (
  <Create redirect="list">
    <UserForm />
  </Create>
);

export default UserCreate;
