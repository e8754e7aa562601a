import { useState, type KeyboardEvent } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { send, type Problem } from './api';
import { CriterionChoice } from './CriterionChoice';
import { EntryFacts } from './EntryFacts';
import type { MySheets, SheetEntry } from './types';

type Props = { data: MySheets; entry: SheetEntry; judgeId?: number; onSaved: () => void };

/** One entry's sheet: the criteria as 1–5 choices and a comment; Enter saves and moves on, never while the IME composes. */
export const ScoreSheet = ({ data, entry, judgeId, onSaved }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [scores, setScores] = useState<Record<string, number>>(entry.sheet?.scores ?? {});
  const [comment, setComment] = useState(entry.sheet?.comment ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const open = data.round.status === 'scoring';
  const complete = data.round.criteria.every((c) => scores[c.name]);
  const save = async () => {
    try {
      await send('PUT', `/c1_rounds/${data.round.id}/sheets/${entry.id}`, { scores, comment: comment.trim() || null, judge_id: judgeId });
      setProblem(null);
      notify('app.c1.saved', { type: 'success' });
      onSaved();
    } catch (error) {
      setProblem((error as Problem).message);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing || !complete || !open) return;
    e.preventDefault();
    void save();
  };
  const status = translate(`resources.c1_rounds.choices.status.${data.round.status}`);
  return (
    <Stack sx={{ gap: 2 }} onKeyDown={onKeyDown}>
      <EntryFacts entry={entry} />
      {!open && <Alert severity="info">{translate('app.c1.locked', { state: status })}</Alert>}
      {problem && <Alert severity="error">{problem}</Alert>}
      <div>
        {data.round.criteria.map((c, i) => (
          <CriterionChoice key={c.name} criterion={c} index={i} value={scores[c.name]} onChange={(n) => setScores((s) => ({ ...s, [c.name]: n }))} />
        ))}
      </div>
      <TextField
        id="sheet-comment"
        label={translate('app.c1.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        multiline
        minRows={2}
        disabled={!open}
      />
      <Button variant="contained" onClick={save} disabled={!complete || !open} sx={{ alignSelf: 'flex-start' }}>
        {translate('app.c1.save_next')}
      </Button>
    </Stack>
  );
};
