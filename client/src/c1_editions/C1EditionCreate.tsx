import { Create } from 'react-admin';
import { C1EditionForm } from './C1EditionForm';

const C1EditionCreate = () => (
  <Create redirect="show">
    <C1EditionForm defaultValues={{ fiscal_year: 2026, criteria: [] }} />
  </Create>
);

export default C1EditionCreate;
