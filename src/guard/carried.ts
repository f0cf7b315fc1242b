/** What a paste or a drop carries: its files, its HTML, and its text. */
export interface Carried {
  files: File[];
  html: string | undefined;
  /** The plain text, or the HTML's text where only HTML came (some apps copy nothing else). */
  text: string;
}

/** Reads a paste's or drop's DataTransfer; undefined when it carries neither text nor files. */
export function carriedBy(data: DataTransfer): Carried | undefined {
  const files = [...data.files];
  const html = data.getData('text/html') || undefined;
  const text = data.getData('text/plain') || textOfHtml(html);
  return text || files.length ? { files, html, text } : undefined;
}

export function textOfHtml(html: string | undefined): string {
  if (!html) return '';
  // DOMParser gives an inert document: no scripts run and no images load while we read its text.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Keep block boundaries as line breaks, so "Politie</p><p>Intern" is not read as one word.
  for (const block of doc.body.querySelectorAll('p,div,br,li,tr,td,th,h1,h2,h3,h4,h5,h6,blockquote,pre')) block.append('\n');
  return doc.body.textContent ?? '';
}
