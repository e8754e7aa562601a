import type { RaRecord } from 'react-admin';
import { titleOf } from '../../../db/records';
import { resourceNamed } from './choices';

export const recordTitle = (name: string) => {
  const resource = resourceNamed(name);
  return (record: RaRecord) => titleOf(resource, record);
};
