import { Create } from 'react-admin';
import { RequestTaskForm } from './RequestTaskForm';

const RequestTaskCreate = () => (
  <Create redirect="show">
    <RequestTaskForm />
  </Create>
);

export default RequestTaskCreate;
