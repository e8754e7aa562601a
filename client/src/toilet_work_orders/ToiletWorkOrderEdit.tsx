import { Edit } from 'react-admin';
import { ToiletWorkOrderForm } from './ToiletWorkOrderForm';

const ToiletWorkOrderEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ToiletWorkOrderForm />
  </Edit>
);

export default ToiletWorkOrderEdit;
