import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

void import('@fontsource/biz-udpgothic/400.css');
void import('@fontsource/biz-udpgothic/700.css');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
