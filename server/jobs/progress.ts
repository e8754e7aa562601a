import express, { type Request } from 'express';
import { notFound } from '../errors';
import type { Progress } from './protocol';

interface Job { owner: number; progress: Progress | null; finished?: number }

const keepMs = 60_000;
const jobs = new Map<string, Job>();
const idPattern = /^[A-Za-z0-9-]{8,64}$/;

const prune = () => {
  const now = Date.now();
  for (const [id, job] of jobs) if (job.finished && now - job.finished > keepMs) jobs.delete(id);
};

export const tracked = (req: Request) => {
  const id = req.get('x-job-id');
  if (!id || !idPattern.test(id)) return { update: () => {}, finish: () => {} };
  prune();
  const job: Job = { owner: req.actor!.id, progress: null };
  jobs.set(id, job);
  return {
    update: (progress: Progress) => (job.progress = progress),
    finish: () => (job.finished = Date.now()),
  };
};

export const jobRoutes = () =>
  express.Router().get('/:id', (req, res) => {
    const job = jobs.get(req.params.id);
    if (!job || job.owner !== req.actor!.id) throw notFound();
    res.json({ progress: job.progress, finished: !!job.finished });
  });
