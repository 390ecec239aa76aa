/**
 * The dossier ("Tạo hồ sơ / báo cáo"): built once as a pure model from a commune's assessment,
 * drawn by src/gas/render-doc.ts (Google Docs) and src/docx/render-docx.ts (DOCX, Node).
 */
export { buildDossier, documentFileName, dossierBlockers, type DossierResult, type Omission } from './dossier';
export { documentText } from '../plain-text';
export type * from '../model';
