import { useEffect, useState } from 'react';
import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  Loading, RecordContextProvider, ResourceContextProvider, Title, useGetList, useGetOne, useParams, useTranslate, type Identifier,
} from 'react-admin';
import { useActor } from '../common/access';
import { findMove } from '../../../db/workflow';
import { requestTaskWorkflow } from '../../../db/workflows/requestTasks';
import { targetsFor } from '../workflow/moves';
import { Timeline } from '../workflow/Timeline';
import { DecisionForm, outcomes } from './DecisionForm';
import { TaskFacts } from './TaskFacts';
import { useMeetingKeys } from './useMeetingKeys';
import { ViewPicker } from './ViewPicker';

const Walk = ({ viewId }: { viewId: string }) => {
  const translate = useTranslate();
  const actor = useActor();
  const { data: view, error } = useGetOne('saved_views', { id: viewId });
  const { data: tasks = [], isPending } = useGetList('request_tasks', {
    filter: view?.filter ?? {}, sort: view?.sort ?? { field: 'task_code', order: 'ASC' }, pagination: { page: 1, perPage: 500 },
  }, { enabled: !!view, staleTime: Infinity });
  const [ids, setIds] = useState<Identifier[]>([]);
  useEffect(() => {
    if (!isPending && !ids.length && tasks.length) setIds(tasks.map((t) => t.id));
  }, [isPending, ids.length, tasks]);
  const [index, setIndex] = useState(0);
  const [decision, setDecision] = useState<string | null>(null);
  const { data: task, refetch } = useGetOne('request_tasks', { id: ids[index] }, { enabled: ids[index] != null });
  const go = (step: number) => {
    setIndex((i) => Math.min(Math.max(i + step, 0), Math.max(ids.length - 1, 0)));
    setDecision(null);
  };
  useMeetingKeys({
    ArrowRight: () => go(1), ArrowLeft: () => go(-1), n: () => go(1), p: () => go(-1),
    ...Object.fromEntries(outcomes.map((d, i) => [String(i + 1), () => setDecision(d)])),
  });
  if (error) return <Alert severity="error" sx={{ mt: 2 }}>{(error as Error).message}</Alert>;
  if (!view || isPending) return <Loading />;
  const canDecide = !!task && !!actor && targetsFor(requestTaskWorkflow, [task as never], actor.role).some((t) => t.to === 'decided');
  const why = task && findMove(requestTaskWorkflow, task as never, 'decided') ? 'app.meeting.no_permission' : 'app.meeting.cannot_decide';
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title="app.meeting.title" />
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h2">{translate('app.meeting.title')}：{view.name}</Typography>
        <Button onClick={() => go(-1)} disabled={index === 0}>{translate('app.meeting.previous')}</Button>
        <Typography aria-live="polite">{translate('app.meeting.position', { n: ids.length ? index + 1 : 0, total: ids.length })}</Typography>
        <Button onClick={() => go(1)} disabled={index >= ids.length - 1}>{translate('app.meeting.next')}</Button>
        <Typography variant="body2" color="text.secondary">{translate('app.meeting.keys')}</Typography>
      </Stack>
      {!ids.length && <Alert severity="info">{translate('app.meeting.empty')}</Alert>}
      {task && (
        <RecordContextProvider value={task}>
          <Stack direction={{ xs: 'column', lg: 'row' }} sx={{ gap: 2, alignItems: 'flex-start' }}>
            <Card sx={{ flex: 3, minWidth: 0 }}><CardContent><TaskFacts /><Timeline /></CardContent></Card>
            <Card sx={{ flex: 2, minWidth: 320 }}>
              <CardContent>
                {canDecide
                  ? <DecisionForm key={`${task.id}-${task.version}`} task={task} note={translate('app.meeting.note', { view: view.name })}
                      decision={decision} onDecision={setDecision} onDecided={() => { void refetch(); go(1); }} />
                  : <Alert severity="info">{translate(why, { state: translate(`resources.request_tasks.choices.status.${task.status}`) })}</Alert>}
              </CardContent>
            </Card>
          </Stack>
        </RecordContextProvider>
      )}
    </Stack>
  );
};

const DecisionMeeting = () => {
  const { viewId } = useParams();
  return (
    <ResourceContextProvider value="request_tasks">
      {viewId ? <Walk viewId={viewId} /> : <ViewPicker />}
    </ResourceContextProvider>
  );
};

export default DecisionMeeting;
