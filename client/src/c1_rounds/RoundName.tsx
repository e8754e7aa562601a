import { ReferenceField } from 'react-admin';
import { EnumField } from '../common/fields';

/** 第2回 C-1グランプリ 書類審査 */
export const RoundName = () => (
  <span>
    <ReferenceField source="edition_id" reference="c1_editions" link={false} />{' '}
    <EnumField source="kind" />
  </span>
);
