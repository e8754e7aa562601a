import { useEffect, useState } from 'react';
import { apiFetch } from '../providers';
import type { RequestTaskStats } from '../../../db/figures';

export const useStats = (filter: Record<string, unknown>) => {
  const [stats, setStats] = useState<RequestTaskStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(filter);
  useEffect(() => {
    let live = true;
    apiFetch(`/stats/request_tasks?filter=${encodeURIComponent(key)}`)
      .then(async (res) => {
        const body = await res.json();
        if (!live) return;
        if (res.ok) setStats(body);
        else setError(body.message);
      })
      .catch(() => live && setError('app.error.network'));
    return () => {
      live = false;
    };
  }, [key]);
  return { stats, error };
};
