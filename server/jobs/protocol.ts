import type { AuditEntry } from '../audit';

export interface Progress { phase: 'reading' | 'checking' | 'writing'; done: number; total: number | null }

export interface SerializedError {
  status?: number;
  message: string;
  errors?: Record<string, string>;
  details?: Record<string, unknown>;
  entry?: AuditEntry;
}

export type Outcome =
  | { type: 'ready' }
  | { type: 'progress'; progress: Progress }
  | { type: 'writing'; on: boolean }
  | { type: 'result'; value: unknown }
  | { type: 'error'; error: SerializedError };
