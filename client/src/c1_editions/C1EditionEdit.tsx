import { Edit } from 'react-admin';
import { C1EditionForm } from './C1EditionForm';

const C1EditionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <C1EditionForm />
  </Edit>
);

export default C1EditionEdit;
