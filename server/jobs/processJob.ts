import { serveJob } from './worker';

await serveJob(async () => ({ pid: process.pid, startedAt: Date.now() - process.uptime() * 1000 }));
