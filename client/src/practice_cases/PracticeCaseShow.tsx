import { DataTable, Show, TextField, TopToolbar } from 'react-admin';
import { Attachments } from '../attachments/Attachments';
import { EditIfAllowed } from '../common/EditGuard';
import { EnumField, SetField, YenField, JaNumberField } from '../common/fields';
import { RelatedSection } from '../common/RelatedSection';
import { ShowSection } from '../common/Section';
import { adoptionColumns } from '../practice_adoptions/adoptionColumns';
import { MoveButtons } from '../workflow/MoveButtons';
import { Timeline } from '../workflow/Timeline';
import { CenterOrWardField } from './CenterOrWardField';

const contentTexts = ['local_issue', 'activities', 'partners', 'key_point_1', 'key_point_2', 'key_point_3'].map(
  (source) => <TextField key={source} source={source} />,
);

const actions = (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <MoveButtons />
    <EditIfAllowed />
  </TopToolbar>
);

const PracticeCaseShow = () => (
  <Show actions={actions}>
    <ShowSection title="app.sections.basic">
      <TextField source="case_no" />
      <TextField source="title" />
      <CenterOrWardField label="resources.practice_cases.fields.place" link="show" />
      <EnumField source="lead_org_type" />
      <SetField source="themes" />
      <EnumField source="status" />
      <EnumField source="found_via" />
    </ShowSection>
    <ShowSection title="app.sections.content" texts={contentTexts} />
    <ShowSection title="app.sections.evaluation" texts={<TextField source="outcomes" />}>
      <JaNumberField source="started_year" options={{ useGrouping: false }} />
      <JaNumberField source="participants_per_year" />
      <YenField source="yearly_cost" />
      <EnumField source="transferability" />
    </ShowSection>
    <Attachments />
    <RelatedSection
      title="app.sections.adoption"
      reference="practice_adoptions"
      target="practice_case_id"
      sort={{ field: 'since', order: 'DESC' }}
    >
      <DataTable bulkActionButtons={false}>
        {adoptionColumns}
      </DataTable>
    </RelatedSection>
    <Timeline />
  </Show>
);

export default PracticeCaseShow;
