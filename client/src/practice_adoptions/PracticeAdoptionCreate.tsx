import { Create } from 'react-admin';
import { PracticeAdoptionForm, toPracticeCase } from './PracticeAdoptionForm';

const PracticeAdoptionCreate = () => (
  <Create redirect={toPracticeCase}>
    <PracticeAdoptionForm defaultValues={{ status: 'considering' }} />
  </Create>
);

export default PracticeAdoptionCreate;
