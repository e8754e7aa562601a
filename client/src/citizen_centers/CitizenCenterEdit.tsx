import { Edit } from 'react-admin';
import { CitizenCenterForm } from './CitizenCenterForm';

const CitizenCenterEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <CitizenCenterForm />
  </Edit>
);

export default CitizenCenterEdit;
