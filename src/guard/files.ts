// Files on their way into a chatbot: chosen in an upload control, dropped, or pasted. Text files
// are read and scanned like any text; what Plakwacht cannot read is never waved through silently.

/** Text formats Plakwacht reads and scans (issue: .txt .md .csv .json .html .eml .log). */
const TEXT_EXTENSIONS = /\.(txt|text|md|markdown|csv|tsv|json|html?|eml|log)$/i;
const TEXT_TYPES = /^(text\/|application\/(json|xhtml\+xml)$|message\/rfc822$)/i;
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|bmp|svg|heic|heif|avif|tiff?)$/i;

/** Larger text files are not read into the page: they get the "cannot be checked" warning. */
export const MAX_TEXT_FILE_BYTES = 4_000_000;

export type FileKind = 'text' | 'image' | 'document';

export function fileKind(file: File): FileKind {
  if (file.type.startsWith('image/') || IMAGE_EXTENSIONS.test(file.name)) return 'image';
  if (TEXT_EXTENSIONS.test(file.name) || TEXT_TYPES.test(file.type)) return 'text';
  return 'document';
}

/** A file Plakwacht read, or one it could not read and why. */
export type CheckedFile =
  | { file: File; kind: 'text'; text: string }
  | { file: File; kind: 'image' | 'document' | 'unreadable' };

export async function readFiles(files: readonly File[]): Promise<CheckedFile[]> {
  return Promise.all(
    files.map(async (file): Promise<CheckedFile> => {
      const kind = fileKind(file);
      if (kind !== 'text') return { file, kind };
      if (file.size > MAX_TEXT_FILE_BYTES) return { file, kind: 'unreadable' };
      try {
        return { file, kind: 'text', text: await file.text() };
      } catch {
        return { file, kind: 'unreadable' };
      }
    }),
  );
}

/** The same file with other contents: keeps name, type and date so the site treats it the same. */
export function withText(file: File, text: string): File {
  return new File([text], file.name, { type: file.type || 'text/plain', lastModified: file.lastModified });
}

/** A list of files as a FileList, the only form `<input type=file>.files` and DataTransfer accept. */
export function transferOf(files: readonly File[], text?: { plain: string; html?: string | undefined }): DataTransfer {
  const data = new DataTransfer();
  if (text?.plain) data.setData('text/plain', text.plain);
  if (text?.html) data.setData('text/html', text.html);
  for (const file of files) data.items.add(file);
  return data;
}
