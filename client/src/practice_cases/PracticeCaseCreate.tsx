import { Create } from 'react-admin';
import { PracticeCaseForm } from './PracticeCaseForm';

const PracticeCaseCreate = () => (
  <Create redirect="show">
    <PracticeCaseForm defaultValues={{ status: 'candidate' }} />
  </Create>
);

export default PracticeCaseCreate;
