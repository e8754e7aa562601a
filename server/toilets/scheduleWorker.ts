import '../spreadsheet/exceljsUtf8';
import { serveJob } from '../jobs/worker';
import { writeSchedule } from './scheduleJob';

await serveJob(writeSchedule);
