import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { ServerResponse } from 'node:http';
import { sep } from 'node:path';

const hashedAssets = `${sep}assets${sep}`;

const cacheHeaders = (res: ServerResponse, path: string) =>
  res.setHeader('Cache-Control', path.includes(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache');

export const clientFiles = (dir: string) => {
  const files = expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, setHeaders: cacheHeaders },
  });
  const router = express.Router();
  router.use(files);
  router.get('/{*path}', (req, res, next) => {
    req.url = '/index.html';
    files(req, res, next);
  });
  return router;
};
