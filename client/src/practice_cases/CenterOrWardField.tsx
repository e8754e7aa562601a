import { ReferenceField, useRecordContext } from 'react-admin';

export const CenterOrWardField = ({ link = false }: { label?: string; link?: false | 'show' }) => {
  const record = useRecordContext();
  return record?.citizen_center_id ? (
    <ReferenceField source="citizen_center_id" reference="citizen_centers" link={link} />
  ) : (
    <ReferenceField source="ward_id" reference="wards" link={false} />
  );
};
