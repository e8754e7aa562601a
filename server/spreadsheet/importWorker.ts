import './exceljsUtf8';
import { serveJob } from '../jobs/worker';
import { runImport } from './importJob';

await serveJob(runImport);
