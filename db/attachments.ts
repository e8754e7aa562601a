/** Attachment limits and accepted types, one place for the server, the client and the README. */
export const attachmentLimits = {
  fileBytes: 20 * 1024 * 1024,
  filesPerRecord: 20,
  bytesPerRecord: 100 * 1024 * 1024,
  /** Decoded pixels of a photo (width × height): bounds the work a small compressed file can cause. */
  photoPixels: 50_000_000,
  fileNameLength: 200,
} as const;

export type AttachmentKind = 'photo' | 'document';

interface AcceptedType { mime: string; kind: AttachmentKind; extensions: readonly string[] }

/** Keyed by file-type's `ext`; a file's own extension must be one of `extensions`. */
export const acceptedTypes: Record<string, AcceptedType> = {
  jpg: { mime: 'image/jpeg', kind: 'photo', extensions: ['jpg', 'jpeg'] },
  png: { mime: 'image/png', kind: 'photo', extensions: ['png'] },
  webp: { mime: 'image/webp', kind: 'photo', extensions: ['webp'] },
  pdf: { mime: 'application/pdf', kind: 'document', extensions: ['pdf'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'document', extensions: ['xlsx'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'document', extensions: ['docx'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kind: 'document', extensions: ['pptx'] },
};

export const acceptedExtensions = Object.values(acceptedTypes).flatMap((t) => t.extensions.map((e) => `.${e}`));

const mb = (bytes: number) => `${bytes / 1024 / 1024}MB`;
export const limitText = `写真（JPEG・PNG・WebP）と資料（PDF・Excel・Word・PowerPoint）。1ファイル${mb(attachmentLimits.fileBytes)}まで、1件につき${attachmentLimits.filesPerRecord}ファイル・合計${mb(attachmentLimits.bytesPerRecord)}まで`;
export const megabytes = mb;
