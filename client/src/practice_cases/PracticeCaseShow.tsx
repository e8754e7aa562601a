import { Typography } from '@mui/material';
import { NumberField, Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { EnumField, SetField, YenField } from '../common/fields';
import { CaseAdoptions } from './CaseAdoptions';
import { CenterOrWardField } from './CenterOrWardField';

const row = {
  direction: 'row', useFlexGap: true, spacing: 4, sx: { '& .RaSimpleShowLayout-stack': { flexWrap: 'wrap' } },
} as const;
const longText = { whiteSpace: 'pre-wrap' } as const;

const PracticeCaseShow = () => {
  const translate = useTranslate();
  const heading = (key: string) => <Typography variant="h6" sx={{ px: 2, pt: 2 }}>{translate(key)}</Typography>;
  return (
    <Show>
      {heading('app.sections.basic')}
      <SimpleShowLayout {...row}>
        <TextField source="case_no" />
        <TextField source="title" />
        <CenterOrWardField label="resources.practice_cases.fields.place" link="show" />
        <EnumField source="lead_org_type" />
        <SetField source="themes" />
        <EnumField source="status" />
        <EnumField source="found_via" />
      </SimpleShowLayout>
      {heading('app.sections.content')}
      <SimpleShowLayout>
        <TextField source="local_issue" sx={longText} />
        <TextField source="activities" sx={longText} />
        <TextField source="partners" sx={longText} />
        <TextField source="key_point_1" />
        <TextField source="key_point_2" />
        <TextField source="key_point_3" />
      </SimpleShowLayout>
      {heading('app.sections.evaluation')}
      <SimpleShowLayout {...row}>
        <NumberField source="started_year" options={{ useGrouping: false }} />
        <NumberField source="participants_per_year" />
        <YenField source="yearly_cost" />
        <EnumField source="transferability" />
      </SimpleShowLayout>
      <SimpleShowLayout>
        <TextField source="outcomes" sx={longText} />
      </SimpleShowLayout>
      {heading('app.sections.adoption')}
      <CaseAdoptions />
    </Show>
  );
};

export default PracticeCaseShow;
