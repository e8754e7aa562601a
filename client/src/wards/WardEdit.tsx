import { Edit } from 'react-admin';
import { WardForm } from './WardForm';

const WardEdit = () => (
  <Edit mutationMode="pessimistic">
    <WardForm />
  </Edit>
);

export default WardEdit;
