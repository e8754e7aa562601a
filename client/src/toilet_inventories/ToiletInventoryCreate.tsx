import { Create } from 'react-admin';
import { ToiletInventoryForm } from './ToiletInventoryForm';

const ToiletInventoryCreate = () => (
  <Create redirect="list">
    <ToiletInventoryForm defaultValues={{ western_count: 0, squat_count: 0 }} />
  </Create>
);

export default ToiletInventoryCreate;
