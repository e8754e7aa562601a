import express from 'express';
import { bodyOf } from './crud';

export const savedViewRoutes = () =>
  express.Router().post('/', (req, _res, next) => {
    bodyOf(req).owner_user_id = req.actor!.id;
    next();
  });
