import { lazy } from 'react';
import { Loading } from 'react-admin';
import { useActor } from '../common/access';
import Dashboard from './Dashboard';
import { MyTasks } from './MyTasks';

const JudgingPage = lazy(() => import('../c1_judging/JudgingPage'));

const Home = () => {
  const actor = useActor();
  if (!actor) return <Loading />;
  if (actor.role === 'judge') return <JudgingPage />;
  return actor.role === 'dept_contact' ? <MyTasks actor={actor} /> : <Dashboard />;
};

export default Home;
