import { Create } from 'react-admin';
import { CitizenCenterForm } from './CitizenCenterForm';

const CitizenCenterCreate = () => (
  <Create redirect="show">
    <CitizenCenterForm />
  </Create>
);

export default CitizenCenterCreate;
