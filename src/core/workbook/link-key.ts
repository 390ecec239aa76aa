/**
 * When two evidence addresses are one piece of evidence. A commune types one Drive file in many ways:
 * as Drive's "Sao chép đường liên kết" gives it (…/view?usp=sharing, ?usp=drive_link), from the
 * address bar (…/edit, …/view, …/preview), as an older "open?id=" or "uc?id=" link, with http or a
 * closing "/". Google names a file or folder by its id (the "fileId" of the Drive API); the rest of
 * its address only says how it was opened or shared. Comparing addresses as typed made one file two
 * items of the Danh mục, the second a gap (review 13b finding 3).
 */

const ID = '([A-Za-z0-9_-]+)';
/** The host of a Drive or Docs address, then a Workspace domain ("/a/hoaan.edu.vn") or an account ("/u/0") that may follow it. */
const GOOGLE = '^https?://(?:drive|docs)\\.google\\.com(?:/a/[^/?#]+)?';
const ACCOUNT = '(?:/u/\\d+)?';
/**
 * Where a Drive or Docs address holds its id: /file/d/ID, /document/d/ID (spreadsheets,
 * presentation, forms/d/e/ID), /drive/folders/ID (also Drive's mobile view, /drive/mobile/folders),
 * open?id=ID, uc?id=ID, thumbnail?id=ID (each may follow an account, "/u/0/uc?id="), and the
 * download host Drive sends "Tải xuống" to, drive.usercontent.google.com/download?id=ID.
 */
const GOOGLE_IDS = [
  new RegExp(`${GOOGLE}/(?:file|document|spreadsheets|presentation|drawings|forms)${ACCOUNT}/d/(?:e/)?${ID}`, 'i'),
  new RegExp(`${GOOGLE}/drive${ACCOUNT}(?:/mobile)?/folders/${ID}`, 'i'),
  new RegExp(`${GOOGLE}${ACCOUNT}/(?:open|uc|thumbnail)\\?(?:[^#]*&)?id=${ID}`, 'i'),
  new RegExp(`^https?://drive\\.usercontent\\.google\\.com/(?:download|uc)\\?(?:[^#]*&)?id=${ID}`, 'i'),
];

/**
 * The key an address (as linkHref gives it) compares by: "google:<id>" for a Drive or Docs file or
 * folder, whatever view, sharing or account part its address carries (ids are case-sensitive);
 * any other address with https, its host in small letters and no "/" closing its path (the path's
 * case, the query and the fragment may name another page, so they stay). Only for comparing: the
 * documents print an address as it was first typed.
 */
export function linkKey(href: string): string {
  for (const pattern of GOOGLE_IDS) {
    const match = pattern.exec(href);
    if (match) return `google:${match[1]}`;
  }
  const parts = /^https?:\/\/([^/?#]*)([^?#]*)(.*)$/i.exec(href);
  if (!parts) return href;
  return `https://${parts[1].toLowerCase()}${parts[2].replace(/\/+$/, '')}${parts[3]}`;
}
