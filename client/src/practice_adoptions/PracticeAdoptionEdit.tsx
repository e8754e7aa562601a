import { Edit } from 'react-admin';
import { PracticeAdoptionForm, toPracticeCase } from './PracticeAdoptionForm';

const PracticeAdoptionEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toPracticeCase}>
    <PracticeAdoptionForm />
  </Edit>
);

export default PracticeAdoptionEdit;
