import { Loading } from 'react-admin';
import { useActor } from '../common/access';
import Dashboard from './Dashboard';
import { MyTasks } from './MyTasks';

const Home = () => {
  const actor = useActor();
  if (!actor) return <Loading />;
  return actor.role === 'dept_contact' ? <MyTasks actor={actor} /> : <Dashboard />;
};

export default Home;
