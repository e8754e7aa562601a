import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from '../providers';

/** GET an API path as JSON; `reload` fetches it again after a change. */
export const useApi = <T,>(path: string) => {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    apiFetch(path)
      .then(async (res) => {
        const body = await res.json();
        if (!live) return;
        if (res.ok) { setData(body); setError(null); } else setError(body.message);
      })
      .catch(() => live && setError('app.error.network'));
    return () => { live = false; };
  }, [path, round]);
  return { data, error, reload: useCallback(() => setRound((r) => r + 1), []) };
};
