import sharp from 'sharp';
import { attachmentLimits } from '../../db/attachments';
import { badRequest } from '../errors';

const open = (bytes: Buffer) => sharp(bytes, { limitInputPixels: attachmentLimits.photoPixels, failOn: 'error' });

const unreadable = () => badRequest(
  `写真を読み込めません。壊れているか、画素数が多すぎます（${attachmentLimits.photoPixels / 1_000_000}百万画素まで）`,
  { file: '写真を読み込めません' },
);

/** Turned upright, then written anew without its metadata (EXIF, XMP, GPS): sharp keeps none unless asked to. */
export const reencode = async (bytes: Buffer, ext: string) => {
  try {
    const upright = open(bytes).rotate();
    const encoded = ext === 'png' ? upright.png() : ext === 'webp' ? upright.webp({ quality: 85 }) : upright.jpeg({ quality: 85 });
    return await encoded.toBuffer();
  } catch {
    throw unreadable();
  }
};

export const previewSizes = { thumbnail: 320, preview: 1280 } as const;

export const resized = (bytes: Buffer, size: number) =>
  open(bytes).resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
