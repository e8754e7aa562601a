import { Create } from 'react-admin';
import { WardForm } from './WardForm';

const WardCreate = () => (
  <Create redirect="list">
    <WardForm />
  </Create>
);

export default WardCreate;
