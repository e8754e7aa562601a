import Database from 'better-sqlite3';
import express from 'express';

const db = new Database(process.env.DATABASE_FILE!, { readonly: true });
const count = db.prepare('select count(*) as total from request_tasks where category = ?');
const page = db.prepare('select * from request_tasks where category = ? order by title asc, id asc limit 25 offset 0');

const app = express();
app.get('/api/request_tasks', (req, res) => {
  const filter = JSON.parse(String(req.query.filter)) as { category: string };
  const { total } = count.get(filter.category) as { total: number };
  const rows = page.all(filter.category);
  res.set('Content-Range', `request_tasks 0-${rows.length - 1}/${total}`).json(rows);
});
app.get('/health', (_req, res) => res.json({ ok: true }));
app.listen(Number(process.env.PORT), '127.0.0.1');
