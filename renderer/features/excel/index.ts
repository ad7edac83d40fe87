/** The Excel export and tracking-sheet import, for the screens and (later) the File menu. */
export { ExcelActions } from './ExcelActions';
export { ImportTrackingDialog } from './ImportTrackingDialog';
export { exportTrackingSheet, importTrackingFile, trackingFileName, type TrackingFileRead } from './excel-io';
