import type { FormProps } from '../common/formPages';
import { useFieldAccess } from '../common/access';
import RequestTaskForm from './RequestTaskForm';
import SurveyForm from './SurveyForm';

/** Everyone who may change every field gets the full form; a 所管課担当 gets the survey form. */
const TaskForm = (props: FormProps) => (useFieldAccess('request_tasks').limited ? <SurveyForm {...props} /> : <RequestTaskForm {...props} />);

export default TaskForm;
