import { Edit } from 'react-admin';
import { ToiletInventoryForm } from './ToiletInventoryForm';

const ToiletInventoryEdit = () => (
  <Edit mutationMode="pessimistic">
    <ToiletInventoryForm />
  </Edit>
);

export default ToiletInventoryEdit;
