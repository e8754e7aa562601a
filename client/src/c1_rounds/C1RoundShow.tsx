import { ReferenceField, Show, TopToolbar } from 'react-admin';
import { can } from '../../../db/policy';
import { useActor } from '../common/access';
import { EditIfAllowed } from '../common/EditGuard';
import { EnumField, JaDateField } from '../common/fields';
import { ShowSection } from '../common/Section';
import { MoveButtons } from '../workflow/MoveButtons';
import { Timeline } from '../workflow/Timeline';
import { RoundLinks } from './RoundLinks';

const actions = (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <RoundLinks />
    <MoveButtons />
    <EditIfAllowed />
  </TopToolbar>
);

const History = () => {
  const actor = useActor();
  return actor && can(actor, 'c1_round_transitions', 'read') ? <Timeline /> : null;
};

const C1RoundShow = () => (
  <Show actions={actions}>
    <ShowSection title="app.sections.basic">
      <ReferenceField source="edition_id" reference="c1_editions" />
      <EnumField source="kind" />
      <JaDateField source="held_on" />
      <EnumField source="status" />
    </ShowSection>
    <History />
  </Show>
);

export default C1RoundShow;
