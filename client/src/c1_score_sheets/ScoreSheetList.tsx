import { DataTable, FunctionField, List, ReferenceInput, TopToolbar, FilterButton } from 'react-admin';
import { JaDateTimeField } from '../common/fields';
import { CardLine, Ref, ReferenceCol, ResponsiveTable } from '../common/list';

const filters = [
  <ReferenceInput key="round_id" source="round_id" reference="c1_rounds" alwaysOn />,
  <ReferenceInput key="judge_id" source="judge_id" reference="c1_judges" alwaysOn />,
];

const scoresText = (scores: Record<string, number>) => Object.entries(scores ?? {}).map(([name, n]) => `${name} ${n}`).join('・');

/** Score sheets as written by the judges (read-only here: judges write them on the scoring page). */
const ScoreSheetList = () => (
  <List filters={filters} actions={<TopToolbar><FilterButton /></TopToolbar>} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
    <ResponsiveTable
      primary={<Ref source="entry_id" reference="c1_entries" />}
      secondary={<CardLine><Ref source="judge_id" reference="c1_judges" /><JaDateTimeField source="updated_at" /></CardLine>}
    >
      <DataTable bulkActionButtons={false}>
        <ReferenceCol source="round_id" reference="c1_rounds" />
        <ReferenceCol source="judge_id" reference="c1_judges" />
        <ReferenceCol source="entry_id" reference="c1_entries" />
        <DataTable.Col source="scores" disableSort>
          <FunctionField render={(r) => scoresText(r.scores)} />
        </DataTable.Col>
        <DataTable.Col source="comment" />
        <DataTable.Col source="updated_at" field={JaDateTimeField} />
      </DataTable>
    </ResponsiveTable>
  </List>
);

export default ScoreSheetList;
