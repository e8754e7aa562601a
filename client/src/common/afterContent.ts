import { useEffect, useState } from 'react';

/** Runs `task` when the browser is next idle (at the latest after `timeout` ms); answers a function that cancels it. */
export const whenIdle = (task: () => void, timeout = 1000) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 1);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(task, { timeout });
  return () => cancelIdleCallback(idle);
};

/**
 * False on the first render, true once the browser is idle: what uses it (the menu, a list's toolbar) draws after the
 * page's content instead of holding it back. (A transition would do the same, but a pending one can keep a page that
 * is still loading its code on its loading screen.)
 */
export const useAfterContent = () => {
  const [ready, setReady] = useState(false);
  useEffect(() => whenIdle(() => setReady(true)), []);
  return ready;
};
