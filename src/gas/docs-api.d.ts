/**
 * @types/google-apps-script's Docs advanced service predates two requests of the Docs API that the
 * Google Docs renderer sends (Docs API reference, documents/request: MergeTableCellsRequest,
 * PinTableHeaderRowsRequest); they are added here so that the real `Docs` fits DocsApiLike
 * (src/gas/render-doc.ts) without a cast.
 */
declare namespace GoogleAppsScript.Docs.Schema {
  interface TableRange {
    tableCellLocation?: TableCellLocation;
    rowSpan?: number;
    columnSpan?: number;
  }
  interface MergeTableCellsRequest {
    tableRange?: TableRange;
  }
  interface PinTableHeaderRowsRequest {
    tableStartLocation?: Location;
    pinnedHeaderRowsCount?: number;
  }
  interface Request {
    mergeTableCells?: MergeTableCellsRequest;
    pinTableHeaderRows?: PinTableHeaderRowsRequest;
  }
}
