import { Create } from 'react-admin';
import { ToiletWorkOrderForm } from './ToiletWorkOrderForm';

const defaults = {
  fiscal_year: 2026, status: 'planned', priority: 'medium', squat_policy: 'undecided', planned_conversions: 0,
};

const ToiletWorkOrderCreate = () => (
  <Create redirect="show">
    <ToiletWorkOrderForm defaultValues={defaults} />
  </Create>
);

export default ToiletWorkOrderCreate;
