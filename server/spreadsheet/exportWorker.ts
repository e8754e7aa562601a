import { serveJob } from '../jobs/worker';
import { writeExport } from './exportJob';

await serveJob(writeExport);
