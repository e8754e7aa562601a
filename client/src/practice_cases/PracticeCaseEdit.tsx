import { Edit } from 'react-admin';
import { PracticeCaseForm } from './PracticeCaseForm';

const PracticeCaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <PracticeCaseForm />
  </Edit>
);

export default PracticeCaseEdit;
