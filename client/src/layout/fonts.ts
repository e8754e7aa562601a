import { useEffect } from 'react';
import { useLoading } from 'react-admin';
import { whenIdle } from '../common/afterContent';

let loading: Promise<unknown> | undefined;

/** BIZ UDPGothic, self-hosted. Until it arrives the system's Japanese fonts show (font-display: swap). */
export const loadFonts = () =>
  (loading ??= Promise.all([import('@fontsource/biz-udpgothic/400.css'), import('@fontsource/biz-udpgothic/700.css')]));

/**
 * Asks for the web font once the screen has settled (nothing loading, the browser idle): its forty-odd files, and
 * the text each one re-lays out, would otherwise compete with drawing the first screen.
 */
export const useFontsWhenSettled = () => {
  const busy = useLoading();
  useEffect(() => (busy ? undefined : whenIdle(() => void loadFonts(), 3000)), [busy]);
};
