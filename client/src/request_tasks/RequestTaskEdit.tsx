import { Edit } from 'react-admin';
import { RequestTaskForm } from './RequestTaskForm';

const RequestTaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <RequestTaskForm />
  </Edit>
);

export default RequestTaskEdit;
